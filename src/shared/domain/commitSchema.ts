import { z } from 'zod';
import { changeOps } from './change';
import { entityKinds } from './enums';

/** Node ids: the fingerprint `XXXX-XXXX-XXXX-XXXX`. */
export const nodeIdSchema = z.string().regex(/^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}$/);
const seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const recordId = z.string().min(1).max(120);

/** One change as it travels between nodes: shape only; merge rules judge the content. */
export const changeSchema = z.object({
  origin: nodeIdSchema,
  seq,
  hlc: z.string().regex(/^\d{15}\.\d{6}$/),
  office: z.string().min(1).max(64),
  operator: z.string().max(120),
  entity: z.enum(entityKinds),
  recordId,
  op: z.enum(changeOps),
  body: z.object({
    fields: z.record(z.string(), z.unknown()).optional(),
    field: z.string().max(64).optional(),
    value: z.string().max(4000).optional(),
    tags: z.array(z.string().max(100)).max(10_000).optional(),
  }),
});

/** A signed commit as it travels: some changes may be withheld, their hashes kept. */
export const commitSchema = z.object({
  origin: nodeIdSchema,
  firstSeq: seq,
  lastSeq: seq,
  signature: z.string().regex(/^[0-9a-f]{128}$/),
  changes: z.array(changeSchema).max(20_000),
  redacted: z.array(z.object({ seq, hash })).max(20_000),
});
