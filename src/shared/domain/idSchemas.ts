import { z } from 'zod';

/**
 * The one schema of each identifier, used by records, commits, sync messages and the contract
 * alike, so their limits cannot disagree.
 */

/** A record id: the creating office's id, ':', then base32 (`jh-dhanbad:01jx…`); offices and nodes use their own ids. */
export const recordIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9:_-]+$/);

/** A node id: the fingerprint of its key, `XXXX-XXXX-XXXX-XXXX` (80 bits, base32). */
export const nodeIdSchema = z.string().regex(/^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}$/);

/** A node id as a person types it (any case, spaces or dashes anywhere), checked in canonical form. */
export const nodeIdInputSchema = z
  .string()
  .max(40)
  .transform((text) => {
    const bare = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
    return bare.match(/.{1,4}/g)?.join('-') ?? '';
  })
  .pipe(nodeIdSchema);

/** A SHA-256 in lower-case hex: change hashes and photo names. */
export const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
