import { z } from 'zod';
import type { PairState } from '../domain/pairJudgement';
import { schemas } from '../domain/records';
import { method } from './define';
import type { SimilarCaseReason } from './searchContract';
import type { SimilarSuspect, SuspectCard } from './views';

export type { PairState };

/** One change to a followed dossier, as the operator who follows it is told. */
export interface FollowNotice {
  id: number;
  suspectId: string;
  /** The dossier's name as it reads now. */
  suspectName: string;
  /** The office whose node made the change. */
  officeId: string;
  /** What changed: the dossier itself, a note on it, a link, a log entry naming it. */
  entity: 'suspect' | 'note' | 'link' | 'log';
  op: 'create' | 'update' | 'delete' | 'add' | 'remove';
  /** The fields changed, the set added to, or the link's role. */
  fields: string[];
  at: number;
  read: boolean;
}

/** The operator's followed dossiers and their notices, newest first. */
export interface FollowNotices {
  unread: number;
  notices: FollowNotice[];
}

/** Two dossiers of different offices that may be one person, with the matcher's reasons. */
export interface DuplicatePair {
  left: SuspectCard;
  right: SuspectCard;
  score: number;
  reasons: SimilarSuspect['reasons'];
  state: PairState;
}

/** One case in a pattern, as the pattern list shows it. */
export interface PatternCase {
  id: string;
  officeId: string;
  title: string;
  crimeHead: string;
  occurredAt: number;
}

/** A cluster of similar cases across offices, with what they share. */
export interface CasePattern {
  /** The most recent cases of the cluster (at most 20). */
  cases: PatternCase[];
  /** How many cases the cluster holds. */
  total: number;
  /** The MO as most of its cases word it. */
  mo: string;
  offices: string[];
  crimeHeads: string[];
  /** MO words most of the cases share. */
  words: string[];
  vehicles: string[];
  reasons: SimilarCaseReason[];
  /** Cases an operator already linked as "same gang suspected". */
  sameGang: number;
}

const recordId = schemas.recordId;

/** Following dossiers, the duplicates review list and the pattern list (issue 12). */
export const dossierContract = {
  /** Follows (or stops following) a dossier: the operator is told of every change to it. */
  'follow.set': method<{ following: boolean }>()(
    z.object({ suspectId: recordId, following: z.boolean() }),
  ),
  /** Whether the operator on duty follows a dossier. */
  'follow.status': method<{ following: boolean }>()(z.object({ suspectId: recordId })),
  /** The operator's notices, newest first. */
  'follow.notices': method<FollowNotices>()(
    z.object({ limit: z.number().int().min(1).max(200).default(50) }),
  ),
  /** Marks the operator's notices up to `upTo` (an id) read. */
  'follow.markRead': method<{ unread: number }>()(
    z.object({ upTo: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  ),
  /** Likely duplicate dossiers across offices, strongest first; decided pairs when asked. */
  'duplicates.list': method<DuplicatePair[]>()(
    z.object({
      state: z.enum(['open', 'linked', 'dismissed']).default('open'),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ),
  /**
   * An operator's judgement of a pair: the same person (a synced link both offices see; both
   * records kept), not the same (the pair leaves the list), or undone (open again).
   */
  'duplicates.decide': method<{ state: PairState }>()(
    z.object({
      leftId: recordId,
      rightId: recordId,
      decision: z.enum(['same', 'notSame', 'undo']),
    }),
  ),
  /** Clusters of similar cases of more than one office that occurred in the last `days`. */
  'patterns.list': method<CasePattern[]>()(
    z.object({
      days: z.number().int().min(1).max(365).default(30),
      limit: z.number().int().min(1).max(100).default(30),
    }),
  ),
} as const;
