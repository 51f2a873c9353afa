/**
 * Date arithmetic in Indian Standard Time, the one time zone of every office: IST is UTC+5:30
 * all year (India keeps no daylight saving), so a fixed offset is exact. Dates are written
 * `YYYY-MM-DD`, date-times as a datetime-local input gives them, `YYYY-MM-DDTHH:mm`.
 */

/** IST's offset from UTC, in ms (5 h 30 min). */
export const istOffsetMs = 19_800_000;
/** One day in ms. */
export const dayMs = 86_400_000;

/** The IST calendar date (`YYYY-MM-DD`) an instant falls on. */
export function istDateOf(epochMs: number): string {
  return new Date(epochMs + istOffsetMs).toISOString().slice(0, 10);
}

/** Midnight IST at the start of a `YYYY-MM-DD` day, as epoch ms. */
export function istDayStart(day: string): number {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, dayOfMonth ?? 1) - istOffsetMs;
}

/** The instants an IST calendar day (`YYYY-MM-DD`) starts and ends (end excluded). */
export function istDayRange(day: string): { start: number; end: number } {
  const start = istDayStart(day);
  return { start, end: start + dayMs };
}

/** `YYYY-MM-DDTHH:mm` in IST for an epoch ms. */
export function istDateTimeOf(epochMs: number): string {
  return new Date(epochMs + istOffsetMs).toISOString().slice(0, 16);
}

/** Epoch ms of a `YYYY-MM-DDTHH:mm` IST time, or NaN when it is not one. */
export function parseIstDateTime(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return Number.NaN;
  return Date.parse(`${value}:00Z`) - istOffsetMs;
}

/** The calendar year in IST of an instant. */
export function istYearOf(epochMs: number): number {
  return new Date(epochMs + istOffsetMs).getUTCFullYear();
}
