/** The languages the UI speaks, each with the locale used for dates and numbers. */
export const languages = ['en', 'hi', 'bn'] as const;
export type Language = (typeof languages)[number];

export const localeOf: Record<Language, string> = {
  en: 'en-IN',
  hi: 'hi-IN',
  bn: 'bn-IN',
};

/** Each language's own name, shown in the switcher whatever language is chosen. */
export const autonymOf: Record<Language, string> = {
  en: 'English',
  hi: 'हिन्दी',
  bn: 'বাংলা',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
