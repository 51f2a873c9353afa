import { z } from 'zod';
import { deriveCaseFields } from '../../shared/domain/caseRules';
import {
  caseExtraDefaults,
  caseExtraFields,
  defaulted,
  logExtraDefaults,
  logExtraFields,
  suspectExtraDefaults,
  suspectExtraSets,
} from '../../shared/domain/recordExtras';
import {
  caseChangeFields,
  linkFields,
  logEntryFields,
  noteFields,
  schemas,
  setFields,
  suspectChangeFields,
} from '../../shared/domain/records';

/**
 * The JSON records file of `samanvay export` / `samanvay import`: every record with its id,
 * owning office and set fields. Photos travel by hash only.
 */
export const recordsFormat = 'samanvay-records';

const owned = { id: schemas.recordId.optional(), officeId: schemas.recordId.optional() };
const setOf = (element: z.ZodType) => z.array(element).max(500).default([]);

/**
 * A case as a records file gives it. Files written before migration 004 (old lanes, free-text
 * crime heads, none of the FIR fields) import too; sections as written are parsed.
 */
export const caseRecord = caseChangeFields
  .extend(defaulted(caseExtraFields, caseExtraDefaults))
  .extend({
    ...owned,
    vehicles: setOf(setFields.case.vehicles),
    tags: setOf(setFields.case.tags),
  })
  .transform((record, context) => {
    const { fields, unreadable } = deriveCaseFields(record);
    if (unreadable.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['sectionsWritten'],
        message: `cannot read "${unreadable.join('", "')}"`,
      });
    return fields;
  });

export const suspectRecord = suspectChangeFields
  .partial()
  .required({ name: true, status: true })
  .extend({
    ...owned,
    aliases: setOf(setFields.suspect.aliases),
    otherNames: setOf(setFields.suspect.otherNames),
    phones: setOf(setFields.suspect.phones),
    vehicles: setOf(setFields.suspect.vehicles),
    photos: setOf(setFields.suspect.photos),
    ...(Object.fromEntries(
      Object.entries(suspectExtraSets).map(([field, schema]) => [field, setOf(schema)]),
    ) as { [K in keyof typeof suspectExtraSets]: ReturnType<typeof setOf> }),
  });

export const logRecord = logEntryFields
  .extend(defaulted(logExtraFields, logExtraDefaults))
  .extend({ ...owned, acks: setOf(schemas.recordId), closes: setOf(schemas.recordId) });
export const noteRecord = noteFields.extend(owned);
export const linkRecord = linkFields.extend({ officeId: schemas.recordId.optional() });

export const recordsFile = z.object({
  format: z.literal(recordsFormat),
  version: z.literal(1),
  cases: z.array(z.unknown()).default([]),
  suspects: z.array(z.unknown()).default([]),
  logEntries: z.array(z.unknown()).default([]),
  notes: z.array(z.unknown()).default([]),
  links: z.array(z.unknown()).default([]),
});

/** Defaults for suspect fields an import may leave out. */
export const suspectDefaults = {
  fatherName: '',
  age: null,
  dateOfBirth: null,
  sex: 'unknown',
  address: '',
  marks: '',
  heightCm: null,
  build: '',
  mo: '',
  gang: '',
  reward: 0,
  primaryPhoto: null,
  sharing: 'network',
  ...suspectExtraDefaults,
} as const;
