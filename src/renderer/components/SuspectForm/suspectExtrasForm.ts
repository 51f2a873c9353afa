import type { Relation } from '../../../shared/domain/enums';
import {
  suspectExtraFields,
  suspectExtraSets,
  type SuspectExtraSetValues,
  type SuspectExtras,
} from '../../../shared/domain/recordExtras';
import type { MessageKey } from '../../i18n/en';

/** The history-sheet fields of the suspect form (issue 10), as typed: dates as `YYYY-MM-DD` or blank. */
export interface SuspectExtrasFormValues extends SuspectExtraSetValues {
  relation: Relation;
  presentAddress: string;
  ageOn: string;
  complexion: string;
  face: string;
  hair: string;
  beardMoustache: string;
  languages: string;
  occupation: string;
  historySheetNumber: string;
  historySheetPs: string;
  cigNumber: string;
  cctnsId: string;
  nafisId: string;
  statusDate: string;
  statusSource: string;
  statusPlace: string;
  rewardAuthority: string;
  rewardDate: string;
}

export type SuspectExtrasField = keyof SuspectExtrasFormValues;

/** The text fields among them (one line, up to 200 characters; present address up to 4000). */
export const extraTextFields = [
  'presentAddress',
  'complexion',
  'face',
  'hair',
  'beardMoustache',
  'languages',
  'occupation',
  'historySheetNumber',
  'historySheetPs',
  'cigNumber',
  'cctnsId',
  'nafisId',
  'statusSource',
  'statusPlace',
  'rewardAuthority',
] as const;

/** The date fields among them. */
export const extraDateFields = ['ageOn', 'statusDate', 'rewardDate'] as const;

/** The list fields among them (chips), each checked value by value. */
export const extraSetFields = [
  'fatherOtherNames',
  'hideouts',
  'bankAccounts',
  'upiIds',
  'imeis',
  'emails',
  'socialHandles',
] as const satisfies ReadonlyArray<keyof SuspectExtraSetValues>;

/** The empty history-sheet fields of a new suspect. */
export const emptySuspectExtrasForm: SuspectExtrasFormValues = {
  relation: 's_o',
  presentAddress: '',
  ageOn: '',
  complexion: '',
  face: '',
  hair: '',
  beardMoustache: '',
  languages: '',
  occupation: '',
  historySheetNumber: '',
  historySheetPs: '',
  cigNumber: '',
  cctnsId: '',
  nafisId: '',
  statusDate: '',
  statusSource: '',
  statusPlace: '',
  rewardAuthority: '',
  rewardDate: '',
  fatherOtherNames: [],
  hideouts: [],
  bankAccounts: [],
  upiIds: [],
  imeis: [],
  emails: [],
  socialHandles: [],
};

/** What is wrong with one list value, by field: the message names the value. */
const badValueKey: Record<(typeof extraSetFields)[number], MessageKey> = {
  fatherOtherNames: 'gallery.form.tooLong',
  hideouts: 'gallery.form.tooLong',
  bankAccounts: 'records.form.badBankAccount',
  upiIds: 'records.form.badUpi',
  imeis: 'records.form.badImei',
  emails: 'records.form.badEmail',
  socialHandles: 'records.form.badHandle',
};

interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/**
 * Checks the history-sheet fields with the same schemas core applies (`suspectExtraFields`,
 * `suspectExtraSets`), one message per field, and builds their part of the create input.
 * `today` is the IST date: none of these dates may be in the future.
 */
export function validateSuspectExtras(
  values: SuspectExtrasFormValues,
  today: string,
): {
  errors: Partial<Record<SuspectExtrasField, FieldError>>;
  extras: SuspectExtras & SuspectExtraSetValues;
} {
  const errors: Partial<Record<SuspectExtrasField, FieldError>> = {};
  for (const field of extraTextFields) {
    const max = field === 'presentAddress' ? 4000 : 200;
    if (values[field].trim().length > max)
      errors[field] = { key: 'gallery.form.tooLong', params: { max } };
  }
  for (const field of extraDateFields) {
    const value = values[field].trim();
    if (value !== '' && (!suspectExtraFields[field].safeParse(value).success || value > today))
      errors[field] = { key: 'gallery.form.badDate' };
  }
  const sets = {} as SuspectExtraSetValues;
  for (const field of extraSetFields) {
    sets[field] = unique(values[field]);
    const bad = sets[field].find(
      (value) => value.length > 200 || !suspectExtraSets[field].safeParse(value).success,
    );
    if (bad !== undefined)
      errors[field] = { key: badValueKey[field], params: { value: bad, max: 200 } };
  }
  const text = Object.fromEntries(
    extraTextFields.map((field) => [field, values[field].trim()]),
  ) as Record<(typeof extraTextFields)[number], string>;
  const date = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    errors,
    extras: {
      ...text,
      relation: values.relation,
      ageOn: date(values.ageOn),
      statusDate: date(values.statusDate),
      rewardDate: date(values.rewardDate),
      ...sets,
    },
  };
}

/** The history-sheet fields of a dossier, for the edit form. */
export function extrasFormFromSuspect(
  suspect: SuspectExtras & SuspectExtraSetValues,
): SuspectExtrasFormValues {
  const form = { ...emptySuspectExtrasForm };
  for (const field of extraTextFields) form[field] = suspect[field];
  for (const field of extraDateFields) form[field] = suspect[field] ?? '';
  for (const field of extraSetFields) form[field] = [...suspect[field]];
  form.relation = suspect.relation;
  return form;
}

/** The scalar history-sheet fields an edit may change. */
export const extraScalarFields: ReadonlyArray<keyof SuspectExtras> = [
  'relation',
  ...extraTextFields,
  ...extraDateFields,
];
