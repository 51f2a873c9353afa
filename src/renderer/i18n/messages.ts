import { bn } from './bn';
import { en, type MessageKey, type Messages } from './en';
import { hi } from './hi';
import { localeOf, type Language } from './languages';

export const messagesOf: Record<Language, Messages> = { en, hi, bn };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A translator for one language: `{name}` placeholders are filled from `params`; numbers are
 * written with the language's digits. A key missing at run time falls back to English.
 */
export function createTranslate(language: Language): Translate {
  const messages = messagesOf[language];
  const numbers = new Intl.NumberFormat(localeOf[language]);
  return (key, params) => {
    const template = messages[key] || en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
