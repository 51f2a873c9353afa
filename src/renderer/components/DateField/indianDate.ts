/**
 * Dates as Indian forms write them, dd/mm/yyyy, read from what an operator types: any of
 * `/ . -` between the parts, one or two digits for day and month, and Latin, Devanagari or
 * Bengali digits. Values inside the app stay ISO (`YYYY-MM-DD`), read as IST calendar dates.
 */

/** The display and entry format, in dayjs tokens. */
export const indianDateFormat = 'DD/MM/YYYY';

const typedDate = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/** Devanagari (U+0966…) and Bengali (U+09E6…) digits as Latin ones; other text unchanged. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0966-\u096f\u09e6-\u09ef]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x09e6 ? 0x09e6 : 0x0966));
  });
}

/** `31/12/2025` (or `31.12.2025`, `৩১/১২/২০২৫`) as `2025-12-31`; null unless a real date. */
export function parseIndianDate(text: string): string | null {
  const match = typedDate.exec(latinDigits(text));
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) return null;
  return iso;
}

/** The display and entry format of a date with its 24-hour time, in dayjs tokens. */
export const indianDateTimeFormat = 'DD/MM/YYYY HH:mm';

const typedTime = /^(.*\S)\s+(\d{1,2})[:.](\d{2})\s*$/;

/** `31/12/2025 21:05` as `2025-12-31 21:05:00`; null unless a real date and 24-hour time. */
export function parseIndianDateTime(text: string): string | null {
  const match = typedTime.exec(latinDigits(text));
  if (!match) return null;
  const [, datePart = '', hours = '', minutes = ''] = match;
  const date = parseIndianDate(datePart);
  if (!date || Number(hours) > 23 || Number(minutes) > 59) return null;
  return `${date} ${hours.padStart(2, '0')}:${minutes}:00`;
}

/** `2025-12-31` as `31/12/2025`. */
export function formatIndianDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** Latin digits written in a digit system (`beng`: Bengali); other text unchanged. */
export function inDigits(text: string, digits: string): string {
  if (digits !== 'beng') return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x09e6 + Number(digit)));
}

/**
 * A date value (`YYYY-MM-DD`, with ` HH:mm[:ss]` when it has a time) as the input shows it:
 * dd/mm/yyyy [HH:mm] in the language's digits.
 */
export function showIndianDate(value: string, digits: string, withTime = false): string {
  const date = formatIndianDate(value);
  const shown = withTime ? `${date} ${value.slice(11, 16)}` : date;
  return inDigits(shown, digits);
}
