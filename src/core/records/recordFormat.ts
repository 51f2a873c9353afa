import { z } from 'zod';
import {
  caseFields,
  linkFields,
  logEntryFields,
  noteFields,
  schemas,
  setFields,
  suspectFields,
} from '../../shared/domain/records';

/**
 * The JSON records file of `samanvay export` / `samanvay import`: every record with its id,
 * owning office and set fields. Photos travel by hash only.
 */
export const recordsFormat = 'samanvay-records';

const owned = { id: schemas.recordId.optional(), officeId: schemas.recordId.optional() };
const setOf = (element: z.ZodType) => z.array(element).max(500).default([]);

export const caseRecord = caseFields.extend({
  ...owned,
  vehicles: setOf(setFields.case.vehicles),
  tags: setOf(setFields.case.tags),
});

export const suspectRecord = suspectFields
  .partial()
  .required({ name: true, status: true })
  .extend({
    ...owned,
    aliases: setOf(setFields.suspect.aliases),
    otherNames: setOf(setFields.suspect.otherNames),
    phones: setOf(setFields.suspect.phones),
    vehicles: setOf(setFields.suspect.vehicles),
    photos: setOf(setFields.suspect.photos),
  });

export const logRecord = logEntryFields.extend({ ...owned, acks: setOf(schemas.recordId) });
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
} as const;
