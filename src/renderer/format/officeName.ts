import type { OfficeView } from '../../shared/api/views';
import type { Language } from '../i18n/languages';

/** The office's name in the chosen language, falling back to English where none was given. */
export function officeName(
  office: Pick<OfficeView, 'nameEn' | 'nameHi' | 'nameBn'>,
  language: Language,
): string {
  const localName =
    language === 'hi' ? office.nameHi : language === 'bn' ? office.nameBn : office.nameEn;
  return localName.trim() || office.nameEn;
}
