import { z } from 'zod';
import { recordIdSchema } from '../domain/idSchemas';
import {
  hitVerdicts,
  lookoutFields,
  type HitMatchEntity,
  type HitReason,
  type HitVerdict,
  type LookoutFields,
} from '../domain/lookouts';
import { event, method } from './define';

/** Where a lookout stands today: the Lookouts screen's three lists (expired ones go to withdrawn). */
export type LookoutState = 'active' | 'expiring' | 'expired' | 'withdrawn';

/** A lookout notice as the UI reads it. */
export interface LookoutView extends LookoutFields {
  id: string;
  officeId: string;
  createdAt: number;
  state: LookoutState;
  /** Hits on it still waiting for the issuing office's reply. */
  openHits: number;
}

/** The issuing office's reply to a hit. */
export interface HitReplyView {
  id: string;
  verdict: HitVerdict;
  note: string;
  officeId: string;
  at: number;
}

/** A hit: a record that matched an active lookout, with the reasons and any reply. */
export interface HitView {
  id: string;
  /** The office that found it. */
  officeId: string;
  lookoutId: string;
  /** The office that issued the lookout: it replies. */
  lookoutOfficeId: string;
  lookoutName: string;
  matchEntity: HitMatchEntity;
  matchId: string;
  matchTitle: string;
  reasons: HitReason[];
  score: number;
  foundAt: number;
  reply: HitReplyView | null;
}

/** The fields a new lookout is raised with (never withdrawn at birth). */
export const lookoutInput = lookoutFields.omit({ withdrawn: true, withdrawnReason: true }).extend({
  aliases: lookoutFields.shape.aliases.default([]),
  particulars: lookoutFields.shape.particulars.default(''),
  fatherName: lookoutFields.shape.fatherName.default(''),
  age: lookoutFields.shape.age.default(null),
  name: lookoutFields.shape.name.default(''),
  vehicle: lookoutFields.shape.vehicle.default(''),
  phone: lookoutFields.shape.phone.default(''),
  photo: lookoutFields.shape.photo.default(null),
  suspectId: lookoutFields.shape.suspectId.default(null),
  reward: lookoutFields.shape.reward.default(0),
});
export type LookoutInput = z.input<typeof lookoutInput>;

/** Lookout notices and their hits. */
export const lookoutContract = {
  /** Every lookout this node holds, any office's, newest first, with its state today. */
  'lookouts.list': method<LookoutView[]>()(z.object({})),
  /** Raises a lookout of this office (on a suspect, a vehicle or a phone). */
  'lookouts.raise': method<{ id: string }>()(lookoutInput),
  /** Edits a lookout: only the issuing office (NOT_OWNER otherwise). */
  'lookouts.update': method<{ id: string }>()(
    z.object({
      id: recordIdSchema,
      fields: lookoutFields.omit({ withdrawn: true, withdrawnReason: true }).partial(),
    }),
  ),
  /** Withdraws a lookout: only the issuing office (NOT_OWNER otherwise). */
  'lookouts.withdraw': method<{ id: string }>()(
    z.object({ id: recordIdSchema, reason: z.string().trim().max(200).default('') }),
  ),
  /** The printable one-page notice: English plus Hindi or Bengali, as HTML for print. */
  'lookouts.notice': method<{ html: string }>()(
    z.object({ id: recordIdSchema, language: z.enum(['hi', 'bn']) }),
  ),
  /** Hits, newest first: on one lookout, or all this node holds. */
  'hits.list': method<HitView[]>()(
    z.object({
      lookoutId: recordIdSchema.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  /** The issuing office's reply to a hit (NOT_OWNER from any other office). */
  'hits.reply': method<{ id: string }>()(
    z.object({
      hitId: recordIdSchema,
      verdict: z.enum(hitVerdicts),
      note: z.string().trim().max(200).default(''),
    }),
  ),
} as const;

/** Events of lookouts and hits. */
export const lookoutEvents = {
  /**
   * A hit was raised here, or one on this office's lookout arrived: the finding office shows
   * a banner, the issuing office is notified.
   */
  'hit.raised': event<HitView>(),
} as const;
