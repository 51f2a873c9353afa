import type { EntityKind } from './enums';

export const changeOps = ['create', 'update', 'delete', 'add', 'remove'] as const;
export type ChangeOp = (typeof changeOps)[number];

/**
 * What a change does to its record:
 * - create/update: `fields` (update carries only the fields it changes);
 * - delete: nothing (a tombstone);
 * - add: one element `value` to the set `field` (add-wins);
 * - remove: the element `value` of set `field`, cancelling the add `tags` (origin:seq) it saw.
 * Links are a set of their own: add/remove on entity `link` with `fields` naming both ends.
 */
export interface ChangeBody {
  fields?: Record<string, unknown>;
  field?: string;
  value?: string;
  tags?: string[];
}

/** An edit before the change path gives it an origin, sequence and stamp. */
export interface ChangeIntent {
  entity: EntityKind;
  recordId: string;
  op: ChangeOp;
  body: ChangeBody;
}

/** One signed, immutable edit made on a node. */
export interface Change extends ChangeIntent {
  origin: string;
  seq: number;
  hlc: string;
  office: string;
  operator: string;
}

/** A change left out of a commit (a local-only record): only its hash travels. */
export interface RedactedChange {
  seq: number;
  hash: string;
}

/**
 * The changes of one transaction on one node, under one signature. The signature covers
 * the hash of every change, so a node can pass a commit on with some changes redacted
 * (records that never leave the office) and the rest still verifies.
 */
export interface Commit {
  origin: string;
  firstSeq: number;
  lastSeq: number;
  signature: string;
  changes: Change[];
  /** Seqs of this commit whose changes are withheld, with their hashes. */
  redacted: RedactedChange[];
}
