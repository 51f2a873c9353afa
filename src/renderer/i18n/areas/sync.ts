/**
 * Messages of the sync screen, in all three languages side by side. New keys start with
 * `sync.`; the i18n test checks that every English key exists, non-empty, in each language.
 */
export const syncMessages = {
  en: {},
  hi: {},
  bn: {},
} as const;
