import { localeOf, type Language } from '../i18n/languages';

/** Every date and time in the UI is Indian Standard Time, whatever the workstation's zone. */
export const displayTimeZone = 'Asia/Kolkata';

/** Date and time of day in IST, e.g. `15 Jan 2025, 9:30 pm`. */
export function formatDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: displayTimeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(epochMs);
}

/** The calendar date in IST, e.g. `15 Jan 2025`. */
export function formatDate(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], {
    timeZone: displayTimeZone,
    dateStyle: 'medium',
  }).format(epochMs);
}
