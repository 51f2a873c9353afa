import { z } from 'zod';
import { hashSchema, recordIdSchema } from './idSchemas';
import { normaliseRegistration } from './vehicle';

/** What a lookout notice asks of other offices. */
export const lookoutKinds = [
  'wanted',
  'look_out_for',
  'missing_person',
  'released_from_jail',
] as const;
export type LookoutKind = (typeof lookoutKinds)[number];

/** What a lookout is raised on. */
export const lookoutTargets = ['suspect', 'vehicle', 'phone'] as const;
export type LookoutTarget = (typeof lookoutTargets)[number];

/** The issuing office's structured reply to a hit. */
export const hitVerdicts = ['arrested', 'located', 'not_same_person', 'cannot_act'] as const;
export type HitVerdict = (typeof hitVerdicts)[number];

/** Why a record matched a lookout (the matcher's reasons). */
export const hitReasons = [
  'name',
  'alias',
  'fatherName',
  'age',
  'address',
  'phone',
  'vehicle',
] as const;
export type HitReason = (typeof hitReasons)[number];

/** The kinds of record a hit can be found on. */
export const hitMatchEntities = ['suspect', 'case', 'log'] as const;
export type HitMatchEntity = (typeof hitMatchEntities)[number];

const shortText = z.string().trim().max(200);
const longText = z.string().trim().max(4000);
const epochMs = z.number().int().min(0).max(8_640_000_000_000);

/** A vehicle as a lookout stores it: canonical (`JH-10-AB-1234`), or '' when none. */
const lookoutVehicle = z
  .string()
  .max(32)
  .transform((value, context) => {
    if (value.trim() === '') return '';
    const normalised = normaliseRegistration(value);
    if (!normalised) {
      context.addIssue({ code: 'custom', message: 'not a registration number' });
      return z.NEVER;
    }
    return normalised;
  });

/**
 * A lookout notice, as its changes carry it. It copies the particulars it is raised with (a
 * suspect may be local to the issuing office; the notice goes to every office). Only the
 * issuing office edits or withdraws it (the owner rule of the change path).
 */
export const lookoutFields = z.object({
  target: z.enum(lookoutTargets),
  kind: z.enum(lookoutKinds),
  suspectId: recordIdSchema.nullable(),
  name: shortText,
  fatherName: shortText,
  age: z.number().int().min(0).max(120).nullable(),
  aliases: z.array(shortText.min(1)).max(20),
  particulars: longText,
  vehicle: lookoutVehicle,
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 -]{6,20})?$/),
  photo: hashSchema.nullable(),
  action: longText.min(1),
  validFrom: epochMs,
  validUntil: epochMs,
  reward: z.number().int().min(0).max(1e10),
  withdrawn: z.boolean(),
  withdrawnReason: shortText,
});
export type LookoutFields = z.infer<typeof lookoutFields>;

/**
 * A hit: a record of the finding office that matches an active lookout, with the reasons.
 * Owned by the finding office; it carries a short title of the matched record so the issuing
 * office sees what matched even without that record.
 */
export const hitFields = z.object({
  lookoutId: recordIdSchema,
  matchEntity: z.enum(hitMatchEntities),
  matchId: recordIdSchema,
  matchTitle: shortText,
  reasons: z.array(z.enum(hitReasons)).max(hitReasons.length),
  score: z.number().int().min(0).max(100),
  foundAt: epochMs,
});
export type HitFields = z.infer<typeof hitFields>;

/**
 * The issuing office's reply to a hit. Only the office that issued the lookout may reply (the
 * lookout id names it); "not the same person" suppresses the (lookout, record) pair for good.
 */
export const hitReplyFields = z.object({
  lookoutId: recordIdSchema,
  hitId: recordIdSchema,
  matchId: recordIdSchema,
  verdict: z.enum(hitVerdicts),
  note: shortText,
});
export type HitReplyFields = z.infer<typeof hitReplyFields>;

/** The id of a lookout's own entry in the coordination log (the notice, not a sighting). */
export function noticeEntryId(lookoutId: string): string {
  return `${lookoutId}-notice`;
}

/**
 * The lookout a log entry's id names as its notice, or undefined. The id alone proves nothing
 * (any office may name an entry `x-notice`): the entry is a notice only when that lookout is
 * held and was issued by the entry's own office.
 */
export function noticeLookoutId(logId: string): string | undefined {
  return logId.endsWith('-notice') ? logId.slice(0, -'-notice'.length) : undefined;
}
