import { z } from 'zod';
import { entityKinds } from './enums';
import { hashSchema, nodeIdSchema, recordIdSchema } from './idSchemas';

export const changeOps = ['create', 'update', 'delete', 'add', 'remove'] as const;
export type ChangeOp = (typeof changeOps)[number];

const seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * What a change does to its record:
 * - create/update: `fields` (update carries only the fields it changes);
 * - delete: nothing (a tombstone);
 * - add: one element `value` to the set `field` (add-wins);
 * - remove: the element `value` of set `field`, cancelling the add `tags` (origin:seq) it saw.
 * Links are a set of their own: add/remove on entity `link` with `fields` naming both ends.
 */
export const changeBodySchema = z.object({
  fields: z.record(z.string(), z.unknown()).optional(),
  field: z.string().max(64).optional(),
  value: z.string().max(4000).optional(),
  tags: z.array(z.string().max(100)).max(10_000).optional(),
});

/** One change as it travels between nodes: shape only; merge rules judge the content. */
export const changeSchema = z.object({
  origin: nodeIdSchema,
  seq,
  hlc: z.string().regex(/^\d{15}\.\d{6}$/),
  office: z.string().min(1).max(64),
  operator: z.string().max(120),
  entity: z.enum(entityKinds),
  recordId: recordIdSchema,
  op: z.enum(changeOps),
  body: changeBodySchema,
});

/** A change left out of a commit (a local change): only its seq and hash travel. */
export const redactedChangeSchema = z.object({ seq, hash: hashSchema });

/**
 * The changes of one transaction on one node, under one signature. The signature covers the
 * hash of every change and the seqs its origin withheld (local changes), so a relay passes a
 * commit on with exactly those redacted and the rest still verifies.
 */
export const commitSchema = z.object({
  origin: nodeIdSchema,
  firstSeq: seq,
  lastSeq: seq,
  signature: z.string().regex(/^[0-9a-f]{128}$/),
  changes: z.array(changeSchema).max(20_000),
  /** Seqs of this commit whose changes are withheld, with their hashes. */
  redacted: z.array(redactedChangeSchema).max(20_000),
});

/** What a change does (see `changeBodySchema`). */
export type ChangeBody = z.infer<typeof changeBodySchema>;
/** One signed, immutable edit made on a node. */
export type Change = z.infer<typeof changeSchema>;
/** An edit before the change path gives it an origin, sequence and stamp. */
export type ChangeIntent = Pick<Change, 'entity' | 'recordId' | 'op' | 'body'>;
/** A change left out of a commit: its seq and hash. */
export type RedactedChange = z.infer<typeof redactedChangeSchema>;
/** A signed commit as it travels. */
export type Commit = z.infer<typeof commitSchema>;
