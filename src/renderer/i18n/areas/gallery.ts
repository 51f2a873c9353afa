/**
 * Messages of the gallery screen, in all three languages side by side. New keys start with
 * `gallery.`; the i18n test checks that every English key exists, non-empty, in each language.
 */
export const galleryMessages = {
  en: {},
  hi: {},
  bn: {},
} as const;
