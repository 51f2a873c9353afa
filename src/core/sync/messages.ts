import { z } from 'zod';
import { commitSchema } from '../../shared/domain/change';
import { hashSchema, nodeIdSchema } from '../../shared/domain/idSchemas';
import { SamanvayError } from '../../shared/errors';

/**
 * The protocol version this node speaks; a hello with another is refused (SYNC_VERSION).
 * 2: commits sign the set of changes their origin withheld; hello names the office.
 */
export const protocolVersion = 2;

/**
 * The version of the records this node holds (the fields of cases, suspects and log entries).
 * A hello without it comes from a node before migration 004 (version 1). Nodes with different
 * versions would refuse each other's changes field by field, so the hello is refused with
 * SYNC_UPDATE_NEEDED instead, and the older side is told to update Samanvay.
 * Version 3: lookout notices, hits and replies to hits are records, and so are the links
 * "not the same person" and "same gang suspected" (issue 12).
 */
export const recordsVersion = 3;

/** The refusal of a peer whose records version is not this node's: which side must update. */
export function recordsMismatch(theirs: number): SamanvayError {
  const older = theirs < recordsVersion ? 'the other computer' : 'this computer';
  return new SamanvayError(
    'SYNC_UPDATE_NEEDED',
    `Update Samanvay on ${older}: its records are version ${Math.min(theirs, recordsVersion)}, the other's ${Math.max(theirs, recordsVersion)}.`,
    { ours: recordsVersion, theirs, older: theirs < recordsVersion ? 'peer' : 'self' },
  );
}

const nodeId = nodeIdSchema;
const seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const hash = hashSchema;

export { commitSchema };

/** origin → highest seq held, every commit before it held too. */
export const vectorSchema = z.record(nodeId, z.number().int().min(0));

const rejectionSchema = z.object({
  origin: nodeId,
  lastSeq: seq,
  code: z.string().max(64),
  detail: z.string().max(500),
});

/**
 * A batch as the frame decoder checks it: each commit's head only. Every commit is checked in
 * full (`commitSchema`) by `changeLog.receive` before anything in it is used, so checking it
 * here too would cost a second pass over every change; and a malformed commit is then
 * rejected on its own, with its reason, instead of failing the whole batch.
 */
export const batchHeadSchema = z.object({
  type: z.literal('batch'),
  id: z.number().int().min(0),
  commits: z.array(z.looseObject({ origin: nodeId, firstSeq: seq, lastSeq: seq })).max(5000),
});

/** Every message of the protocol, told apart by `type`. */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    protocol: z.number().int(),
    node: nodeId,
    /** The office the node says it belongs to (protocol 2; optional so an older hello still parses and gets SYNC_VERSION). */
    office: z.string().max(64).optional(),
    vector: vectorSchema,
    records: z.number().int().min(1).optional(),
  }),
  z.object({
    type: z.literal('batch'),
    id: z.number().int().min(0),
    commits: z.array(commitSchema).max(5000),
  }),
  z.object({
    type: z.literal('ack'),
    id: z.number().int().min(0),
    vector: vectorSchema,
    rejected: z.array(rejectionSchema).max(5000),
    /** Changes of applied commits that the merge rules refused (protocol 2). */
    refusedChanges: z
      .array(
        z.object({
          origin: nodeId,
          seq,
          code: z.string().max(64),
          detail: z.string().max(500),
        }),
      )
      .max(20_000)
      .optional(),
  }),
  z.object({
    type: z.literal('vector'),
    vector: vectorSchema,
    missingPhotos: z.number().int().min(0),
  }),
  z.object({ type: z.literal('photoWant'), hash, offset: z.number().int().min(0) }),
  z.object({
    type: z.literal('photoChunk'),
    hash,
    offset: z.number().int().min(0),
    total: z.number().int().min(1),
  }),
  z.object({ type: z.literal('photoAbsent'), hash }),
  z.object({ type: z.literal('ping'), at: z.number() }),
  z.object({ type: z.literal('pong'), at: z.number() }),
  z.object({ type: z.literal('bye'), code: z.string().max(64), detail: z.string().max(500) }),
]);

/** One protocol message. */
export type Message = z.infer<typeof messageSchema>;
/** A version vector as it travels. */
export type Vector = Record<string, number>;
/** A commit the peer refused, and why. */
export type Rejection = z.infer<typeof rejectionSchema>;
