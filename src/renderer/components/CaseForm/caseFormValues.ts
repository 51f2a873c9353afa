import type { CaseFields } from '../../../shared/domain/records';
import { firNumberPattern, sectionPattern } from '../../../shared/domain/records';
import type { CaseLane, Priority, SharingScope } from '../../../shared/domain/enums';
import type { MessageKey } from '../../i18n/en';
import { istDateTimeOf, parseIstDateTime } from '../../../shared/istDate';

/** The new-case / edit-case form as typed: text everywhere, checked before anything is sent. */
export interface CaseFormValues {
  policeStation: string;
  firNumber: string;
  firYear: string;
  /** Acts and sections, separated by commas or semicolons: `BNS 303(2), BNS 3(5)`. */
  sections: string;
  crimeHead: string;
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
}

export type CaseFormErrors = Partial<Record<keyof CaseFormValues, MessageKey>>;

/** `YYYY-MM-DDTHH:mm` in IST for an epoch ms (src/shared/istDate.ts). */
export const istLocalInput = istDateTimeOf;

/** Epoch ms of a `YYYY-MM-DDTHH:mm` IST time, or NaN when it is not one. */
export const parseIstLocal = parseIstDateTime;

/** The sections typed in one box, split and trimmed. */
export function splitSections(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
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
    lane: 'reported',
    priority: 'normal',
    sharing: 'network',
  };
}

/** The form filled from a case, for editing. */
export function caseFormOf(fields: CaseFields): CaseFormValues {
  return {
    policeStation: fields.policeStation,
    firNumber: fields.firNumber,
    firYear: String(fields.firYear),
    sections: fields.sections.join(', '),
    crimeHead: fields.crimeHead,
    occurredAt: istLocalInput(fields.occurredAt),
    place: fields.place,
    propertyValue: String(fields.propertyValue),
    mo: fields.mo,
    summary: fields.summary,
    lane: fields.lane,
    priority: fields.priority,
    sharing: fields.sharing,
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
  const sections = splitSections(values.sections);
  if (sections.length === 0) errors.sections = 'board.form.sectionsRequired';
  else if (sections.length > 30) errors.sections = 'board.form.sectionsTooMany';
  else if (!sections.every((section) => sectionPattern.test(section)))
    errors.sections = 'board.form.sectionFormat';
  if (!values.crimeHead.trim()) errors.crimeHead = 'board.form.required';
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
  return errors;
}

/** The case fields of a valid form (call `validateCaseForm` first). */
export function caseFieldsOf(values: CaseFormValues): CaseFields {
  return {
    policeStation: values.policeStation.trim(),
    firNumber: values.firNumber.trim().toUpperCase(),
    firYear: Number(values.firYear),
    sections: splitSections(values.sections),
    crimeHead: values.crimeHead.trim(),
    occurredAt: parseIstLocal(values.occurredAt),
    place: values.place.trim(),
    propertyValue: rupees(values.propertyValue),
    mo: values.mo.trim(),
    summary: values.summary.trim(),
    lane: values.lane,
    priority: values.priority,
    sharing: values.sharing,
  };
}
