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
