import { localeOf, type Language } from '../i18n/languages';

/**
 * Formatters are costly to build (a board paints hundreds of dates and counts, the log a time
 * on every entry), so one per language and options is kept; they hold no state beyond those.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The value kept under `key`, built (once) when there is none yet. */
export function keptIn<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let format = cache.get(key);
  if (!format) {
    format = build();
    cache.set(key, format);
  }
  return format;
}

/** The language's date and time formatter with `options`, built once. */
export function dateTimeFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return keptIn(
    dateTimeFormats,
    `${language}${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(localeOf[language], options),
  );
}

/** The language's number formatter with `options`, built once. */
export function numberFormat(
  language: Language,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return keptIn(
    numberFormats,
    `${language}${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(localeOf[language], options),
  );
}
