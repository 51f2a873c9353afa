/**
 * Messages of the board screen, in all three languages side by side. New keys start with
 * `board.`; the i18n test checks that every English key exists, non-empty, in each language.
 */
export const boardMessages = {
  en: {},
  hi: {},
  bn: {},
} as const;
