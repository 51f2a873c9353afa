import type { FinalReportKind, Relation, TransferTarget } from '../../../shared/domain/enums';
import type {
  CaseExtras,
  FirPerson,
  PropertyItem,
  PropertyKind,
} from '../../../shared/domain/recordExtras';
import type { MessageKey } from '../../i18n/en';

/** A person on the FIR as typed. */
export interface PersonForm {
  name: string;
  relation: Relation;
  relativeName: string;
  address: string;
  state: string;
  phone: string;
}

/** A property item as typed: numbers as text until checked. */
export interface ItemForm {
  kind: PropertyKind;
  description: string;
  value: string;
  imei: string;
  registration: string;
  engineNumber: string;
  chassisNumber: string;
  weightGrams: string;
}

/** The FIR, IO, property and stage fields of the case form (issue 10), as typed. */
export interface CaseExtrasForm {
  /** `YYYY-MM-DDTHH:mm` in IST, or empty. */
  occurredTo: string;
  reportedAt: string;
  gdNumber: string;
  complainantRole: 'complainant' | 'informant';
  complainant: PersonForm;
  victims: PersonForm[];
  ioName: string;
  ioRank: string;
  ioMobile: string;
  stolenItems: ItemForm[];
  recoveredItems: ItemForm[];
  finalReportKind: '' | FinalReportKind;
  transferredTo: '' | TransferTarget;
  transferNote: string;
  supplementaryChargeSheets: string;
}

/** Errors of the extra fields by path (`ioMobile`, `stolenItems.0.imei`), as message keys. */
export type CaseExtrasErrors = Record<string, MessageKey>;

const istOffsetMs = 19_800_000;
const toInput = (epochMs: number | null) =>
  epochMs === null ? '' : new Date(epochMs + istOffsetMs).toISOString().slice(0, 16);
const fromInput = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)
    ? Date.parse(`${value}:00Z`) - istOffsetMs
    : Number.NaN;
const phonePattern = /^(\+?[0-9 -]{6,20})?$/;
const digits = (text: string) => Number(text.replace(/[,\s]/g, ''));

/** An empty person. */
export function blankPerson(): PersonForm {
  return { name: '', relation: '', relativeName: '', address: '', state: '', phone: '' };
}

/** An empty property item of a kind. */
export function blankItem(kind: PropertyKind = 'mobile_phone'): ItemForm {
  return {
    kind,
    description: '',
    value: '0',
    imei: '',
    registration: '',
    engineNumber: '',
    chassisNumber: '',
    weightGrams: '',
  };
}

/** The empty extra fields of a new case. */
export function blankExtras(): CaseExtrasForm {
  return {
    occurredTo: '',
    reportedAt: '',
    gdNumber: '',
    complainantRole: 'complainant',
    complainant: blankPerson(),
    victims: [],
    ioName: '',
    ioRank: '',
    ioMobile: '',
    stolenItems: [],
    recoveredItems: [],
    finalReportKind: '',
    transferredTo: '',
    transferNote: '',
    supplementaryChargeSheets: '0',
  };
}

const itemForm = (item: PropertyItem): ItemForm => ({
  ...item,
  value: String(item.value),
  weightGrams: item.weightGrams === null ? '' : String(item.weightGrams),
});

/** The extra fields of a stored case, for editing. */
export function extrasFormOf(fields: Omit<CaseExtras, 'sectionsWritten'>): CaseExtrasForm {
  return {
    occurredTo: toInput(fields.occurredTo),
    reportedAt: toInput(fields.reportedAt),
    gdNumber: fields.gdNumber,
    complainantRole: fields.complainantRole,
    complainant: fields.complainant ? { ...fields.complainant } : blankPerson(),
    victims: fields.victims.map((victim) => ({ ...victim })),
    ioName: fields.ioName,
    ioRank: fields.ioRank,
    ioMobile: fields.ioMobile,
    stolenItems: fields.stolenItems.map(itemForm),
    recoveredItems: fields.recoveredItems.map(itemForm),
    finalReportKind: fields.finalReportKind,
    transferredTo: fields.transferredTo,
    transferNote: fields.transferNote,
    supplementaryChargeSheets: String(fields.supplementaryChargeSheets),
  };
}

function checkPerson(person: PersonForm, path: string, errors: CaseExtrasErrors, named: boolean) {
  if (named && !person.name.trim()) errors[`${path}.name`] = 'board.form.required';
  if (!phonePattern.test(person.phone.trim())) errors[`${path}.phone`] = 'records.error.phone';
  for (const key of ['name', 'relativeName', 'state'] as const)
    if (person[key].length > 200) errors[`${path}.${key}`] = 'board.form.tooLong';
}

function checkItem(item: ItemForm, path: string, errors: CaseExtrasErrors) {
  const value = digits(item.value);
  if (!/^[\d,\s]+$/.test(item.value.trim()) || !Number.isInteger(value) || value > 1e12)
    errors[`${path}.value`] = 'board.form.valueNumber';
  if (item.imei.trim() && !/^\d{15}$/.test(item.imei.trim()))
    errors[`${path}.imei`] = 'records.error.imei';
  if (item.weightGrams.trim() && !(Number(item.weightGrams) >= 0))
    errors[`${path}.weightGrams`] = 'board.form.valueNumber';
}

/** What is wrong with the extra fields, by path; `occurredAt` is the start of the window. */
export function validateExtras(form: CaseExtrasForm, occurredAt: number): CaseExtrasErrors {
  const errors: CaseExtrasErrors = {};
  for (const key of ['occurredTo', 'reportedAt'] as const) {
    if (!form[key]) continue;
    const at = fromInput(form[key]);
    if (Number.isNaN(at)) errors[key] = 'board.form.dateInvalid';
    else if (at < occurredAt) errors[key] = 'records.error.beforeOccurrence';
  }
  const complainantGiven = Object.values(form.complainant).some(
    (value) => value !== '' && value !== form.complainant.relation,
  );
  if (complainantGiven) checkPerson(form.complainant, 'complainant', errors, true);
  form.victims.forEach((victim, index) => checkPerson(victim, `victims.${index}`, errors, true));
  if (!phonePattern.test(form.ioMobile.trim())) errors.ioMobile = 'records.error.phone';
  form.stolenItems.forEach((item, index) => checkItem(item, `stolenItems.${index}`, errors));
  form.recoveredItems.forEach((item, index) => checkItem(item, `recoveredItems.${index}`, errors));
  if (!/^\d{1,2}$/.test(form.supplementaryChargeSheets.trim()))
    errors.supplementaryChargeSheets = 'board.form.valueNumber';
  return errors;
}

const person = (form: PersonForm): FirPerson => ({
  name: form.name.trim(),
  relation: form.relation,
  relativeName: form.relativeName.trim(),
  address: form.address.trim(),
  state: form.state.trim(),
  phone: form.phone.trim(),
});

const item = (form: ItemForm): PropertyItem => ({
  kind: form.kind,
  description: form.description.trim(),
  value: digits(form.value),
  imei: form.imei.trim(),
  registration: form.registration.trim().toUpperCase(),
  engineNumber: form.engineNumber.trim(),
  chassisNumber: form.chassisNumber.trim(),
  weightGrams: form.weightGrams.trim() ? Number(form.weightGrams) : null,
});

/** The extra case fields of a valid form (call `validateExtras` first). */
export function extrasOf(form: CaseExtrasForm): Omit<CaseExtras, 'sectionsWritten'> {
  return {
    occurredTo: form.occurredTo ? fromInput(form.occurredTo) : null,
    reportedAt: form.reportedAt ? fromInput(form.reportedAt) : null,
    gdNumber: form.gdNumber.trim(),
    complainantRole: form.complainantRole,
    complainant: form.complainant.name.trim() ? person(form.complainant) : null,
    victims: form.victims.map(person),
    ioName: form.ioName.trim(),
    ioRank: form.ioRank.trim(),
    ioMobile: form.ioMobile.trim(),
    stolenItems: form.stolenItems.map(item),
    recoveredItems: form.recoveredItems.map(item),
    finalReportKind: form.finalReportKind,
    transferredTo: form.transferredTo,
    transferNote: form.transferNote.trim(),
    supplementaryChargeSheets: Number(form.supplementaryChargeSheets.trim()),
  };
}
