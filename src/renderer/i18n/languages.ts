/** The languages the UI speaks, each with the locale used for dates and numbers. */
export const languages = ['en', 'hi', 'bn'] as const;
export type Language = (typeof languages)[number];

/**
 * The digits each language writes on every screen: Hindi screens use the international
 * digits Jharkhand offices type and print; Bengali screens use Bengali digits. Case, vehicle
 * and phone numbers stay as typed.
 */
export const digitsOf = { en: 'latn', hi: 'latn', bn: 'beng' } as const satisfies Record<
  Language,
  string
>;

/**
 * The `Intl` locale of each language, with its digits (`nu`) and the 24-hour clock (`hc-h23`)
 * fixed in the tag, so every formatter built on it follows them.
 */
export const localeOf: Record<Language, string> = {
  en: `en-IN-u-hc-h23-nu-${digitsOf.en}`,
  hi: `hi-IN-u-hc-h23-nu-${digitsOf.hi}`,
  bn: `bn-IN-u-hc-h23-nu-${digitsOf.bn}`,
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
