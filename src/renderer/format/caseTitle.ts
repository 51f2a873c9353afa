import type { MentionOption } from '../../shared/api/views';
import { crimeHeadKey } from '../../shared/domain/crimeHeads';
import { policeStationName } from '../../shared/localNames';
import type { Language } from '../i18n/languages';
import type { Translate } from '../i18n/messages';

/** What names a case: its police station and FIR number of the year. */
export interface CaseNumber {
  policeStation: string;
  firNumber: string;
  firYear: number;
}

/**
 * A case as police write it, `<PS> PS Case No. N/YYYY` (`निरसा थाना कांड सं. …`,
 * `নিরসা থানা মামলা নং …`), the station in the operator's language where it is known.
 */
export function caseTitle(t: Translate, language: Language, fir: CaseNumber): string {
  return t('case.fir', {
    ps: policeStationName(fir.policeStation, language),
    number: fir.firNumber,
    year: String(fir.firYear),
  });
}

/**
 * A `#` / `@` suggestion as the operator reads it: a case by its title and crime head in their
 * language (`निरसा थाना कांड सं. 12/2025 · चोरी`), a suspect as core named them.
 */
export function mentionOptionLabel(
  t: Translate,
  language: Language,
  option: MentionOption,
): string {
  const fir = option.caseNumber;
  if (!fir) return option.label;
  return `${caseTitle(t, language, fir)} · ${t(`crimeHead.${crimeHeadKey(fir.crimeHead)}`)}`;
}
