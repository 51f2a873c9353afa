import type { CrimeHead } from '../../../shared/domain/crimeHeads';
import type { CaseFields } from '../../../shared/domain/records';
import { firNumberPattern } from '../../../shared/domain/records';
import { parseSections } from '../../../shared/domain/sections';
import type { CaseLane, Priority, SharingScope } from '../../../shared/domain/enums';
import type { MessageKey } from '../../i18n/en';
import { istDateTimeOf, parseIstDateTime } from '../../../shared/istDate';
import {
  blankExtras,
  extrasFormOf,
  extrasOf,
  validateExtras,
  type CaseExtrasForm,
} from './caseExtrasForm';

/** The new-case / edit-case form as typed: text everywhere, checked before anything is sent. */
export interface CaseFormValues {
  policeStation: string;
  firNumber: string;
  firYear: string;
  /** Sections as the FIR writes them: `u/s 303(2)/317(2)/3(5) BNS`, `BNS 303(2), BNS 3(5)`. */
  sections: string;
  crimeHead: CrimeHead | '';
  /** `YYYY-MM-DDTHH:mm` in IST, as a datetime-local input gives it. */
  occurredAt: string;
  place: string;
  /** Rupees, digits only (commas allowed). */
  propertyValue: string;
  mo: string;
  summary: string;
  lane: CaseLane;
  priority: Priority;
  sharing: SharingScope;
  /** The FIR, IO, property and stage fields (issue 10). */
  extras: CaseExtrasForm;
}

export type CaseFormErrors = Partial<Record<keyof CaseFormValues, MessageKey>>;

/** `YYYY-MM-DDTHH:mm` in IST for an epoch ms (src/shared/istDate.ts). */
export const istLocalInput = istDateTimeOf;

/** Epoch ms of a `YYYY-MM-DDTHH:mm` IST time, or NaN when it is not one. */
export const parseIstLocal = parseIstDateTime;

/** The sections typed in one box, read as FIRs write them. */
export function splitSections(text: string): string[] {
  return parseSections(text).sections;
}

/** An empty form for a new case at `policeStation`, dated now. */
export function blankCaseForm(now: number, policeStation = ''): CaseFormValues {
  return {
    policeStation,
    firNumber: '',
    firYear: istLocalInput(now).slice(0, 4),
    sections: '',
    crimeHead: '',
    occurredAt: istLocalInput(now),
    place: '',
    propertyValue: '0',
    mo: '',
    summary: '',
    lane: 'registered',
    priority: 'normal',
    sharing: 'network',
    extras: blankExtras(),
  };
}

/** The form filled from a case, for editing. */
export function caseFormOf(fields: CaseFields): CaseFormValues {
  return {
    policeStation: fields.policeStation,
    firNumber: fields.firNumber,
    firYear: String(fields.firYear),
    sections: fields.sectionsWritten || fields.sections.join(', '),
    crimeHead: fields.crimeHead,
    occurredAt: istLocalInput(fields.occurredAt),
    place: fields.place,
    propertyValue: String(fields.propertyValue),
    mo: fields.mo,
    summary: fields.summary,
    lane: fields.lane,
    priority: fields.priority,
    sharing: fields.sharing,
    extras: extrasFormOf(fields),
  };
}

const rupees = (text: string) => Number(text.replace(/[,\s]/g, ''));

/**
 * What is wrong with the form, field by field, as message keys; the same rules core applies
 * (`caseFields`), plus the ones only a person can break: a date in the future, a year ahead.
 */
export function validateCaseForm(values: CaseFormValues, now: number): CaseFormErrors {
  const errors: CaseFormErrors = {};
  if (!values.policeStation.trim()) errors.policeStation = 'board.form.required';
  const fir = values.firNumber.trim().toUpperCase();
  if (!fir) errors.firNumber = 'board.form.required';
  else if (!firNumberPattern.test(fir)) errors.firNumber = 'board.form.firNumberFormat';
  const year = Number(values.firYear);
  const thisYear = Number(istLocalInput(now).slice(0, 4));
  if (!/^\d{4}$/.test(values.firYear.trim()) || year < 1950 || year > thisYear)
    errors.firYear = 'board.form.firYearRange';
  const parsed = parseSections(values.sections);
  if (parsed.unreadable.length > 0) errors.sections = 'board.form.sectionFormat';
  else if (parsed.sections.length === 0 && !noOffence(values.crimeHead))
    errors.sections = 'board.form.sectionsRequired';
  else if (parsed.sections.length > 30) errors.sections = 'board.form.sectionsTooMany';
  if (!values.crimeHead) errors.crimeHead = 'board.form.required';
  const occurredAt = parseIstLocal(values.occurredAt);
  if (Number.isNaN(occurredAt)) errors.occurredAt = 'board.form.dateInvalid';
  else if (occurredAt > now) errors.occurredAt = 'board.form.dateFuture';
  const value = rupees(values.propertyValue);
  if (!/^[\d,\s]+$/.test(values.propertyValue.trim()) || !Number.isInteger(value))
    errors.propertyValue = value < 0 ? 'board.form.valueNegative' : 'board.form.valueNumber';
  else if (value > 1e13) errors.propertyValue = 'board.form.valueTooLarge';
  if (values.place.length > 200) errors.place = 'board.form.tooLong';
  if (values.mo.length > 4000) errors.mo = 'board.form.tooLong';
  if (values.summary.length > 4000) errors.summary = 'board.form.tooLong';
  const extras = Object.values(
    validateExtras(values.extras, Number.isNaN(occurredAt) ? 0 : occurredAt),
  );
  if (extras[0]) errors.extras = extras[0];
  return errors;
}

/** The case fields of a valid form (call `validateCaseForm` first). */
export function caseFieldsOf(values: CaseFormValues): CaseFields {
  return {
    policeStation: values.policeStation.trim(),
    firNumber: values.firNumber.trim().toUpperCase(),
    firYear: Number(values.firYear),
    sections: splitSections(values.sections),
    sectionsWritten: values.sections.trim(),
    crimeHead: values.crimeHead || 'other',
    occurredAt: parseIstLocal(values.occurredAt),
    place: values.place.trim(),
    propertyValue: rupees(values.propertyValue),
    mo: values.mo.trim(),
    summary: values.summary.trim(),
    lane: values.lane,
    priority: values.priority,
    sharing: values.sharing,
    ...extrasOf(values.extras),
  };
}

/** A missing person or an unidentified body has no offence, so no sections yet. */
function noOffence(crimeHead: CaseFormValues['crimeHead']): boolean {
  return crimeHead === 'missing_person' || crimeHead === 'unidentified_body';
}
