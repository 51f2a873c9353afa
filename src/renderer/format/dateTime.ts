import type { Language } from '../i18n/languages';
import { dateTimeFormat } from './formatters';

/** Every date and time in the UI is Indian Standard Time, whatever the workstation's zone. */
export const displayTimeZone = 'Asia/Kolkata';

function formatterOf(language: Language, withTime: boolean): Intl.DateTimeFormat {
  return dateTimeFormat(language, {
    timeZone: displayTimeZone,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
  });
}

/** Date and time of day in IST on the 24-hour clock, e.g. `15 Jan 2025, 21:30`. */
export function formatDateTime(epochMs: number, language: Language): string {
  return formatterOf(language, true).format(epochMs);
}

/** The calendar date in IST, e.g. `15 Jan 2025`. */
export function formatDate(epochMs: number, language: Language): string {
  return formatterOf(language, false).format(epochMs);
}
