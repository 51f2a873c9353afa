import type { Language } from '../i18n/languages';
import { numberFormat } from './formatters';

/** A whole count with the language's digits and Indian grouping, e.g. `1,00,000`. */
export function formatCount(value: number, language: Language): string {
  return numberFormat(language).format(value);
}
