import { localeOf, type Language } from '../i18n/languages';

/** Every date and time in the UI is Indian Standard Time, whatever the workstation's zone. */
export const displayTimeZone = 'Asia/Kolkata';

/**
 * Formatters are costly to build (a board paints hundreds of dates), so one per language and
 * style is kept; they hold no state beyond their options.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf[language], {
      timeZone: displayTimeZone,
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Date and time of day in IST on the 24-hour clock, e.g. `15 Jan 2025, 21:30`. */
export function formatDateTime(epochMs: number, language: Language): string {
  return formatterOf(language, true).format(epochMs);
}

/** The calendar date in IST, e.g. `15 Jan 2025`. */
export function formatDate(epochMs: number, language: Language): string {
  return formatterOf(language, false).format(epochMs);
}
