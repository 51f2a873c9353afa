import type { InputOf } from '../../../shared/api/contract';
import { normaliseRegistration } from '../../../shared/domain/vehicle';
import type { Sex, SharingScope, SuspectStatus } from '../../../shared/domain/enums';
import type { SuspectFields } from '../../../shared/domain/records';
import type { SuspectExtraSetValues } from '../../../shared/domain/recordExtras';
import type { MessageKey } from '../../i18n/en';
import {
  emptySuspectExtrasForm,
  extraScalarFields,
  extrasFormFromSuspect,
  validateSuspectExtras,
  type SuspectExtrasFormValues,
} from './suspectExtrasForm';

/** What the operator types: numbers as text, lists as chips. */
export interface SuspectFormValues extends SuspectExtrasFormValues {
  name: string;
  otherNames: string[];
  aliases: string[];
  fatherName: string;
  age: string;
  dateOfBirth: string;
  sex: Sex;
  address: string;
  marks: string;
  heightCm: string;
  build: string;
  mo: string;
  gang: string;
  status: SuspectStatus;
  reward: string;
  sharing: SharingScope;
  phones: string[];
  vehicles: string[];
}

export type SuspectFormField = keyof SuspectFormValues;

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type SuspectFormErrors = Partial<Record<SuspectFormField, FieldError>>;

export type SuspectInput = InputOf<'suspects.create'>;

export const emptySuspectForm: SuspectFormValues = {
  name: '',
  otherNames: [],
  aliases: [],
  fatherName: '',
  age: '',
  dateOfBirth: '',
  sex: 'male',
  address: '',
  marks: '',
  heightCm: '',
  build: '',
  mo: '',
  gang: '',
  status: 'wanted',
  reward: '',
  sharing: 'network',
  phones: [],
  vehicles: [],
  ...emptySuspectExtrasForm,
};

const shortFields = ['name', 'fatherName', 'build', 'gang'] as const;
const longFields = ['address', 'marks', 'mo'] as const;
const phonePattern = /^\+?[0-9 -]{6,20}$/;

/** A whole number in [min, max] from text, null for blank, undefined when invalid. */
function wholeNumber(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

function isPastDate(text: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text) && text <= today;
}

/**
 * Checks the form as core will (the same limits as `suspectFields`), with one message per
 * field, and builds the create input when everything is valid. `today` is the IST date.
 */
export function validateSuspectForm(
  values: SuspectFormValues,
  today: string,
): { errors: SuspectFormErrors; input: SuspectInput | undefined } {
  const errors: SuspectFormErrors = {};
  if (values.name.trim() === '') errors.name = { key: 'gallery.form.required' };
  for (const field of shortFields) {
    if (values[field].trim().length > 200)
      errors[field] = { key: 'gallery.form.tooLong', params: { max: 200 } };
  }
  for (const field of longFields) {
    if (values[field].trim().length > 4000)
      errors[field] = { key: 'gallery.form.tooLong', params: { max: 4000 } };
  }
  const age = wholeNumber(values.age, 0, 120);
  if (age === undefined) errors.age = { key: 'gallery.form.badAge' };
  const heightCm = wholeNumber(values.heightCm, 50, 250);
  if (heightCm === undefined) errors.heightCm = { key: 'gallery.form.badHeight' };
  const reward = wholeNumber(values.reward, 0, 1e10);
  if (reward === undefined) errors.reward = { key: 'gallery.form.badReward' };
  const dateOfBirth = values.dateOfBirth.trim();
  if (dateOfBirth !== '' && !isPastDate(dateOfBirth, today))
    errors.dateOfBirth = { key: 'gallery.form.badDate' };
  const badPhone = values.phones.find((phone) => !phonePattern.test(phone.trim()));
  if (badPhone !== undefined)
    errors.phones = { key: 'gallery.form.badPhone', params: { value: badPhone } };
  const vehicles = values.vehicles.map((vehicle) => normaliseRegistration(vehicle));
  const badVehicle = values.vehicles.find((_, index) => vehicles[index] === undefined);
  if (badVehicle !== undefined)
    errors.vehicles = { key: 'gallery.form.badVehicle', params: { value: badVehicle } };
  for (const field of ['otherNames', 'aliases'] as const) {
    if (values[field].some((value) => value.trim().length > 200))
      errors[field] = { key: 'gallery.form.tooLong', params: { max: 200 } };
  }
  const extras = validateSuspectExtras(values, today);
  Object.assign(errors, extras.errors);
  if (Object.keys(errors).length > 0) return { errors, input: undefined };
  return {
    errors,
    input: {
      ...extras.extras,
      ...formFields(values),
      age: age ?? null,
      heightCm: heightCm ?? null,
      reward: reward ?? 0,
      dateOfBirth: dateOfBirth === '' ? null : dateOfBirth,
      primaryPhoto: null,
      otherNames: unique(values.otherNames),
      aliases: unique(values.aliases),
      phones: unique(values.phones),
      vehicles: unique(vehicles.filter((value): value is string => value !== undefined)),
      photos: [],
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

function formFields(values: SuspectFormValues) {
  return {
    name: values.name.trim(),
    fatherName: values.fatherName.trim(),
    sex: values.sex,
    address: values.address.trim(),
    marks: values.marks.trim(),
    build: values.build.trim(),
    mo: values.mo.trim(),
    gang: values.gang.trim(),
    status: values.status,
    sharing: values.sharing,
  };
}

/** The form filled in from a dossier, for editing. */
export function formFromSuspect(
  suspect: SuspectFields &
    SuspectExtraSetValues & {
      otherNames: string[];
      aliases: string[];
      phones: string[];
      vehicles: string[];
    },
): SuspectFormValues {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    ...extrasFormFromSuspect(suspect),
    name: suspect.name,
    otherNames: suspect.otherNames,
    aliases: suspect.aliases,
    fatherName: suspect.fatherName,
    age: text(suspect.age),
    dateOfBirth: suspect.dateOfBirth ?? '',
    sex: suspect.sex,
    address: suspect.address,
    marks: suspect.marks,
    heightCm: text(suspect.heightCm),
    build: suspect.build,
    mo: suspect.mo,
    gang: suspect.gang,
    status: suspect.status,
    reward: suspect.reward === 0 ? '' : String(suspect.reward),
    sharing: suspect.sharing,
    phones: suspect.phones,
    vehicles: suspect.vehicles,
  };
}

/** The plain fields of a valid input that differ from the dossier: what an edit changes. */
export function changedFields(before: SuspectFields, input: SuspectInput): Partial<SuspectFields> {
  const changed: Partial<Record<keyof SuspectFields, unknown>> = {};
  const keys: Array<keyof SuspectFields> = [
    'name',
    'fatherName',
    'age',
    'dateOfBirth',
    'sex',
    'address',
    'marks',
    'heightCm',
    'build',
    'mo',
    'gang',
    'status',
    'reward',
    'sharing',
    ...extraScalarFields,
  ];
  for (const key of keys) {
    if (input[key] !== before[key]) changed[key] = input[key];
  }
  return changed as Partial<SuspectFields>;
}

/** Today's date in India, `YYYY-MM-DD`, for "not in the future". */
export function todayInIndia(now: number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(now);
}
