import { z } from 'zod';
import { crimeHeads, crimeHeadKey } from './crimeHeads';
import {
  caseLanes,
  finalReportKinds,
  legacyCaseLanes,
  legacySuspectStatuses,
  relations,
  suspectStatuses,
  transferTargets,
} from './enums';

/**
 * Fields added to cases, suspects and log entries by migration 004 ("records as police write
 * them"). Each has a default: what an old change or an old records file without it means, and
 * what an old database shows after the migration (empty).
 */
const text = (max: number) => z.string().trim().max(max);
const shortText = text(200);
const epochMs = z.number().int().min(0).max(8_640_000_000_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9:_-]+$/);
const phone = z
  .string()
  .trim()
  .regex(/^(\+?[0-9 -]{6,20})?$/);

/** A case lane; an old change's lane (`reported`, `arrested`, …) is read as its stage. */
export const caseLane = z.preprocess(
  (value) => (typeof value === 'string' ? (legacyCaseLanes[value] ?? value) : value),
  z.enum(caseLanes),
);

/** A suspect status; an old change's status (`arrested`, `in_custody`, `deceased`) is read as today's. */
export const suspectStatus = z.preprocess(
  (value) => (typeof value === 'string' ? (legacySuspectStatuses[value] ?? value) : value),
  z.enum(suspectStatuses),
);

/** A crime head key; an old change's free text ("Theft", "Cheating / cyber fraud") is read as its key. */
export const crimeHead = z.preprocess(
  (value) => (typeof value === 'string' ? crimeHeadKey(value) : value),
  z.enum(crimeHeads),
);

/** A person named on an FIR: complainant, informant or victim. Sensitive (need-to-know). */
export const firPerson = z.object({
  name: shortText.min(1),
  relation: z.enum(relations).default(''),
  relativeName: shortText.default(''),
  address: text(1000).default(''),
  state: shortText.default(''),
  phone: phone.default(''),
});
export type FirPerson = z.infer<typeof firPerson>;

/** Kinds of property item; each kind has its own identifiers. */
export const propertyKinds = [
  'mobile_phone',
  'vehicle',
  'gold',
  'silver',
  'cash',
  'cattle',
  'coal',
  'firearm',
  'other',
] as const;
export type PropertyKind = (typeof propertyKinds)[number];

/** One stolen or recovered item: kind, description, value in rupees, and the kind's identifiers. */
export const propertyItem = z.object({
  kind: z.enum(propertyKinds),
  description: shortText.default(''),
  value: z.number().int().min(0).max(1e12).default(0),
  imei: z
    .string()
    .trim()
    .regex(/^(\d{15})?$/)
    .default(''),
  registration: text(32).default(''),
  engineNumber: text(40).default(''),
  chassisNumber: text(40).default(''),
  weightGrams: z.number().min(0).max(1e7).nullable().default(null),
});
export type PropertyItem = z.infer<typeof propertyItem>;

/** The fields migration 004 adds to a case, and their defaults. */
export const caseExtraFields = {
  occurredTo: epochMs.nullable(),
  reportedAt: epochMs.nullable(),
  gdNumber: shortText,
  sectionsWritten: text(1000),
  complainantRole: z.enum(['complainant', 'informant']),
  complainant: firPerson.nullable(),
  victims: z.array(firPerson).max(50),
  ioName: shortText,
  ioRank: shortText,
  ioMobile: phone,
  stolenItems: z.array(propertyItem).max(200),
  recoveredItems: z.array(propertyItem).max(200),
  finalReportKind: z.enum(['', ...finalReportKinds]),
  transferredTo: z.enum(['', ...transferTargets]),
  transferNote: shortText,
  supplementaryChargeSheets: z.number().int().min(0).max(50),
};

/** The values of the case fields added by migration 004. */
export type CaseExtras = z.infer<z.ZodObject<typeof caseExtraFields>>;
/** The values of the suspect fields added by migration 004. */
export type SuspectExtras = z.infer<z.ZodObject<typeof suspectExtraFields>>;
/** The values of the log entry fields added by migration 004. */
export type LogExtras = z.infer<z.ZodObject<typeof logExtraFields>>;

/** Empty values of the case fields added by migration 004. */
export const caseExtraDefaults: CaseExtras = {
  occurredTo: null,
  reportedAt: null,
  gdNumber: '',
  sectionsWritten: '',
  complainantRole: 'complainant',
  complainant: null,
  victims: [],
  ioName: '',
  ioRank: '',
  ioMobile: '',
  stolenItems: [],
  recoveredItems: [],
  finalReportKind: '',
  transferredTo: '',
  transferNote: '',
  supplementaryChargeSheets: 0,
};

/** Case fields about people on the FIR: a later need-to-know rule may restrict them. */
export const sensitiveCaseFields = ['complainant', 'victims'] as const;

/** The fields migration 004 adds to a suspect, and their defaults. */
export const suspectExtraFields = {
  relation: z.enum(relations),
  presentAddress: text(4000),
  ageOn: isoDate.nullable(),
  complexion: shortText,
  face: shortText,
  hair: shortText,
  beardMoustache: shortText,
  languages: shortText,
  occupation: shortText,
  historySheetNumber: shortText,
  historySheetPs: shortText,
  cigNumber: shortText,
  cctnsId: shortText,
  nafisId: shortText,
  statusDate: isoDate.nullable(),
  statusSource: shortText,
  statusPlace: shortText,
  rewardAuthority: shortText,
  rewardDate: isoDate.nullable(),
};

/** Empty values of the suspect fields added by migration 004. */
export const suspectExtraDefaults: SuspectExtras = {
  relation: '',
  presentAddress: '',
  ageOn: null,
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
  statusDate: null,
  statusSource: '',
  statusPlace: '',
  rewardAuthority: '',
  rewardDate: null,
};

/** Set fields migration 004 adds to a suspect, with the schema of one element. */
export const suspectExtraSets = {
  fatherOtherNames: shortText.min(1),
  hideouts: shortText.min(1),
  bankAccounts: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z ./:-]{6,60}$/),
  upiIds: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,64}@[A-Za-z0-9.-]{2,32}$/),
  imeis: z
    .string()
    .trim()
    .regex(/^\d{15}$/),
  emails: z.email().max(200),
  socialHandles: shortText.min(2),
};

/** The fields migration 004 adds to a log entry, and their defaults. */
export const logExtraFields = {
  addressedTo: z.array(recordId).max(30),
  memoNumber: shortText,
  dueAt: epochMs.nullable(),
  incomingOperator: shortText,
};

/** Empty values of the log entry fields added by migration 004. */
export const logExtraDefaults: LogExtras = {
  addressedTo: [],
  memoNumber: '',
  dueAt: null,
  incomingOperator: '',
};

type Defaulted<F extends Record<string, z.ZodType>> = {
  [K in keyof F]: z.ZodDefault<F[K]>;
};

/** The fields with their defaults: what a create call or a records file may leave out. */
export function defaulted<F extends Record<string, z.ZodType>>(
  fields: F,
  defaults: { readonly [K in keyof F]: unknown },
): Defaulted<F> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, schema]) => [name, schema.default(defaults[name] as never)]),
  ) as Defaulted<F>;
}

/** The values of the suspect set fields added by migration 004. */
export type SuspectExtraSetValues = { [K in keyof typeof suspectExtraSets]: string[] };

/** Empty values of the suspect set fields added by migration 004. */
export const suspectExtraSetDefaults: SuspectExtraSetValues = {
  fatherOtherNames: [],
  hideouts: [],
  bankAccounts: [],
  upiIds: [],
  imeis: [],
  emails: [],
  socialHandles: [],
};
