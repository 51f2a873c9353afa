/**
 * Messages of the gallery screen, in all three languages side by side. New keys start with
 * `gallery.`; the i18n test checks that every English key exists, non-empty, in each language.
 */
export const galleryMessages = {
  en: {
    'photo.pending': 'Photo on its way from the other office',
  },
  hi: {
    'photo.pending': 'फ़ोटो दूसरे कार्यालय से आ रही है',
  },
  bn: {
    'photo.pending': 'ছবিটি অন্য দপ্তর থেকে আসছে',
  },
} as const;
