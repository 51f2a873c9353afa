import { z } from 'zod';
import { hashSchema, recordIdSchema } from './idSchemas';
import {
  caseLanes,
  linkKinds,
  linkRoles,
  logCategories,
  priorities,
  sexes,
  sharingScopes,
  suspectStatuses,
} from './enums';
import { crimeHeads } from './crimeHeads';
import {
  caseExtraDefaults,
  caseExtraFields,
  caseLane,
  crimeHead,
  defaulted,
  logExtraDefaults,
  logExtraFields,
  suspectExtraDefaults,
  suspectExtraFields,
  suspectExtraSets,
  suspectStatus,
} from './recordExtras';
import { sectionPattern } from './sections';
import { normaliseRegistration } from './vehicle';

/** Field limits: generous for real text, refusing a 10 MB name with a named field. */
const text = (max: number) => z.string().trim().max(max);
const shortText = text(200);
const longText = text(4000);
const recordId = recordIdSchema;
const photoHash = hashSchema;
const epochMs = z.number().int().min(0).max(8_640_000_000_000);

/** FIR numbers as written in registers: digits, optionally with a suffix (`123`, `123A`, `45/B`). */
export const firNumberPattern = /^\d{1,6}(?:[/-]?[A-Z]{1,3})?$/;
export { sectionPattern };

export const registration = z
  .string()
  .max(32)
  .transform((value, context) => {
    const normalised = normaliseRegistration(value);
    if (!normalised) {
      context.addIssue({ code: 'custom', message: 'not a registration number' });
      return z.NEVER;
    }
    return normalised;
  });

export const caseFields = z.object({
  policeStation: shortText.min(1),
  firNumber: z.string().trim().toUpperCase().regex(firNumberPattern),
  firYear: z.number().int().min(1950).max(2100),
  // Empty for a missing person or an unidentified body (no offence yet).
  sections: z.array(z.string().trim().regex(sectionPattern)).max(30),
  crimeHead: z.enum(crimeHeads),
  occurredAt: epochMs,
  place: shortText,
  propertyValue: z.number().int().min(0).max(1e13),
  mo: longText,
  summary: longText,
  lane: z.enum(caseLanes),
  priority: z.enum(priorities),
  sharing: z.enum(sharingScopes),
  ...caseExtraFields,
});
export type CaseFields = z.infer<typeof caseFields>;

export const suspectFields = z.object({
  name: shortText.min(1),
  fatherName: shortText,
  age: z.number().int().min(0).max(120).nullable(),
  dateOfBirth: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  sex: z.enum(sexes),
  address: longText,
  marks: longText,
  heightCm: z.number().int().min(50).max(250).nullable(),
  build: shortText,
  mo: longText,
  gang: shortText,
  status: z.enum(suspectStatuses),
  reward: z.number().int().min(0).max(1e10),
  primaryPhoto: photoHash.nullable(),
  sharing: z.enum(sharingScopes),
  ...suspectExtraFields,
});
export type SuspectFields = z.infer<typeof suspectFields>;

/** Set-valued fields (add-wins) per entity, and the schema of one element. */
export const setFields = {
  case: { vehicles: registration, tags: shortText.min(1) },
  suspect: {
    aliases: shortText.min(1),
    otherNames: shortText.min(1),
    phones: z
      .string()
      .trim()
      .regex(/^\+?[0-9 -]{6,20}$/),
    vehicles: registration,
    photos: photoHash,
    ...suspectExtraSets,
  },
  /** Offices that acknowledged an entry, and offices that closed a request for themselves. */
  log: { acks: recordId, closes: recordId },
} as const;

export const logEntryFields = z.object({
  at: epochMs,
  category: z.enum(logCategories),
  text: text(8000).min(1),
  urgent: z.boolean(),
  replyTo: recordId.nullable(),
  caseIds: z.array(recordId).max(20),
  suspectIds: z.array(recordId).max(20),
  vehicles: z.array(registration).max(20),
  photos: z.array(photoHash).max(10),
  ...logExtraFields,
});
export type LogEntryFields = z.infer<typeof logEntryFields>;

export const noteFields = z.object({
  targetEntity: z.enum(['case', 'suspect']),
  targetId: recordId,
  text: text(8000).min(1),
});

export const linkFields = z.object({
  kind: z.enum(linkKinds),
  fromId: recordId,
  toId: recordId,
  role: z.enum(linkRoles),
});
export type LinkFields = z.infer<typeof linkFields>;

export const officeFields = z.object({
  nameEn: shortText.min(1),
  nameHi: shortText,
  nameBn: shortText,
  state: shortText,
  district: shortText,
  policeStations: z.array(shortText.min(1)).max(200),
});
export type OfficeFields = z.infer<typeof officeFields>;

export const nodeFields = z.object({
  officeId: recordId,
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  label: shortText,
  /** The node's age X25519 recipient (`age1…`): bundles for it are encrypted to this key. */
  bundleKey: z
    .string()
    .regex(/^age1[02-9ac-hj-np-z]{58}$/)
    .optional(),
});

export const operatorFields = z.object({
  name: shortText.min(1),
  rank: shortText,
});
export type OperatorFields = z.infer<typeof operatorFields>;

/**
 * The schemas changes are applied with: as the fields above, but reading the lanes, statuses
 * and free-text crime heads that changes written before migration 004 carry.
 */
export const caseChangeFields = caseFields.extend({ lane: caseLane, crimeHead });
export const suspectChangeFields = suspectFields.extend({ status: suspectStatus });

/** A new case as a create call or records file gives it: fields added by migration 004 may be left out. */
export const caseInput = caseFields.extend(defaulted(caseExtraFields, caseExtraDefaults));
/** A new suspect as a create call gives it: fields added by migration 004 may be left out. */
export const suspectInput = suspectFields.extend(
  defaulted(suspectExtraFields, suspectExtraDefaults),
);
/** A new log entry as a post call gives it: fields added by migration 004 may be left out. */
export const logEntryInput = logEntryFields.extend(defaulted(logExtraFields, logExtraDefaults));

/** What a create change without a field added later means: the field's default. */
export const createDefaults = {
  case: caseExtraDefaults,
  suspect: suspectExtraDefaults,
  log: logExtraDefaults,
} as const;

export const schemas = {
  recordId,
  photoHash,
  epochMs,
};
