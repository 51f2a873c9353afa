import type { InputOf } from '../../../shared/api/contract';
import type { OfficeFields } from '../../../shared/domain/records';
import type { MessageKey } from '../../i18n/en';

/** Core refuses shorter passphrases with WEAK_PASSPHRASE; the form says so before asking. */
export const minimumPassphraseLength = 10;

export interface FirstRunDraft {
  office: OfficeFields;
  operatorName: string;
  operatorRank: string;
  passphrase: string;
  passphraseRepeat: string;
}

export type FirstRunErrors = Partial<
  Record<'nameEn' | 'operatorName' | 'passphrase' | 'passphraseRepeat', MessageKey>
>;

export const emptyDraft: FirstRunDraft = {
  office: { nameEn: '', nameHi: '', nameBn: '', state: '', district: '', policeStations: [] },
  operatorName: '',
  operatorRank: '',
  passphrase: '',
  passphraseRepeat: '',
};

/** What is wrong with the draft, as message keys per field; empty when it can be sent. */
export function validateFirstRun(draft: FirstRunDraft): FirstRunErrors {
  const errors: FirstRunErrors = {};
  if (draft.office.nameEn.trim() === '') errors.nameEn = 'firstRun.required';
  if (draft.operatorName.trim() === '') errors.operatorName = 'firstRun.required';
  if (draft.passphrase.length < minimumPassphraseLength)
    errors.passphrase = 'error.WEAK_PASSPHRASE';
  else if (draft.passphrase !== draft.passphraseRepeat)
    errors.passphraseRepeat = 'firstRun.passphraseMismatch';
  return errors;
}

/** The `session.init` input for a valid draft. */
export function initInput(draft: FirstRunDraft): InputOf<'session.init'> {
  return {
    office: {
      ...draft.office,
      policeStations: draft.office.policeStations.map((station) => station.trim()).filter(Boolean),
    },
    operator: { name: draft.operatorName.trim(), rank: draft.operatorRank.trim() },
    passphrase: draft.passphrase,
  };
}
