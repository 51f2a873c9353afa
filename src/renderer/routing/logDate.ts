import { displayTimeZone } from '../format/dateTime';
import { dateTimeFormat } from '../format/formatters';
import type { Language } from '../i18n/languages';

import { dayMs } from '../../shared/istDate';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The IST calendar date (`YYYY-MM-DD`) an instant falls on (src/shared/istDate.ts). */
export { istDateOf } from '../../shared/istDate';

/** A real calendar date written `YYYY-MM-DD` (not `2026-02-30`). */
export function isIsoDate(text: string): boolean {
  if (!isoDatePattern.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** The date `days` after (or before, if negative) an ISO date. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The `date` of `#/log?date=2026-11-29`, if it is a real date. */
export function dateFromHash(hash: string): string | undefined {
  const query = hash.split('?')[1];
  const date = new URLSearchParams(query ?? '').get('date');
  return date && isIsoDate(date) ? date : undefined;
}

/** The address of one day of the log. */
export function logHref(date: string): string {
  return `#/log?date=${date}`;
}

/** Time of day in IST on the 24-hour clock, e.g. `21:30`, with the language's digits. */
export function formatTimeOfDay(epochMs: number, language: Language): string {
  return dateTimeFormat(language, {
    timeZone: displayTimeZone,
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(epochMs);
}

/** A log day as a heading, e.g. `Sunday, 29 November 2026`. */
export function formatLogDay(date: string, language: Language): string {
  return dateTimeFormat(language, { timeZone: 'UTC', dateStyle: 'full' }).format(
    Date.parse(`${date}T00:00:00Z`),
  );
}
