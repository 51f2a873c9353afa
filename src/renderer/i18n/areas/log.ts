/**
 * Messages of the log screen, in all three languages side by side. New keys start with
 * `log.`; the i18n test checks that every English key exists, non-empty, in each language.
 */
export const logMessages = {
  en: {},
  hi: {},
  bn: {},
} as const;
