import { localeOf, type Language } from '../i18n/languages';

/**
 * One count formatter per language, built once: a board draws a count on every lane and on
 * many cards, and building an `Intl.NumberFormat` costs far more than using one.
 */
const countFormats = new Map<Language, Intl.NumberFormat>();

/** A whole count with the language's digits and Indian grouping, e.g. `1,00,000`. */
export function formatCount(value: number, language: Language): string {
  let format = countFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf[language]);
    countFormats.set(language, format);
  }
  return format.format(value);
}
