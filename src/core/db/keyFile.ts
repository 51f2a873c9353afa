/**
 * The key file `<dbPath>.keys`: how the database key is stored, LUKS-style.
 *
 * Design (three levels of key):
 *   slot secret ──unwraps──▶ master key ──unwraps──▶ data key ──keys──▶ SQLCipher database
 *
 * - The data key (random, 256 bits) is the raw SQLCipher key. It is stored only sealed with
 *   AES-256-GCM under the master key, with an HMAC verifier so that a data key that unwraps
 *   is known to be the right one: a database that then fails to open is damaged or not ours,
 *   never "wrong key".
 * - The master key (random, 256 bits) never changes. Each key slot seals it under its own
 *   secret: a passphrase (scrypt, parameters and salt in the slot), the printed recovery key
 *   (HKDF-SHA256: the key is already 160 random bits) or the OS key store (its own sealing).
 *   The slot's id and kind are bound into the GCM associated data.
 *   So adding, removing or changing a slot touches only that slot, and rotating the data key
 *   (`rekey`) rewraps only the data key: slots whose secret we do not hold stay valid.
 * - During a rekey, `dataKeys.pending` holds the new data key beside `current`. Whichever of
 *   the two opens the database is the right one; the next open that succeeds finishes the
 *   update (see `rekey.ts` and `store.ts`).
 * - `databaseSalt` (the first 16 bytes of the database file, SQLCipher's salt, which rekey
 *   keeps) tells a damaged first page of our database from a file that is not ours. A hint.
 * - `checksum` is SHA-256 over the rest, so an edited, truncated or bit-flipped key file is
 *   KEY_FILE_DAMAGED, not a wrong passphrase. It guards against accidents, not an attacker
 *   (who could recompute it but still cannot unwrap anything).
 * Writes are atomic and durable (temp file, fsync, rename, fsync directory), mode 0600.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SamanvayError } from '../../shared/errors';
import { writeFileDurable } from './atomicFile';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const sealedSchema = z.strictObject({ iv: base64, data: base64, tag: base64 });
const slotBase = { id: z.string().regex(/^[a-z0-9]{1,32}$/), createdAt: z.iso.datetime() };

const scryptParams = z
  .strictObject({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of 2'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  })
  // A hand-edited key file must not make an unlock take gigabytes (128·N·r bytes) or minutes.
  .refine((kdf) => 128 * kdf.N * kdf.r <= 1024 * 1024 * 1024 && kdf.p <= 4, 'scrypt cost too high');

const slotSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...slotBase,
    kind: z.literal('passphrase'),
    kdf: scryptParams,
    masterKey: sealedSchema,
  }),
  z.strictObject({
    ...slotBase,
    kind: z.literal('recovery'),
    kdf: z.strictObject({ name: z.literal('hkdf-sha256'), salt: base64 }),
    masterKey: sealedSchema,
  }),
  z.strictObject({ ...slotBase, kind: z.literal('os'), sealedMasterKey: base64 }),
]);

const wrappedDataKey = z.strictObject({ key: sealedSchema, verifier: hex(32) });

const keyFileSchema = z
  .strictObject({
    format: z.literal('samanvay-keys'),
    version: z.literal(1),
    slots: z.array(slotSchema).min(1),
    dataKeys: z.strictObject({ current: wrappedDataKey, pending: wrappedDataKey.optional() }),
    databaseSalt: hex(16).optional(),
  })
  .refine(
    (file) => new Set(file.slots.map((slot) => slot.id)).size === file.slots.length,
    'slot ids repeat',
  );

/** The key file's contents (without its checksum). */
export type KeyFile = z.infer<typeof keyFileSchema>;
/** One key slot as stored. */
export type KeySlot = KeyFile['slots'][number];
/** A data key sealed under the master key, with its verifier. */
export type WrappedDataKey = z.infer<typeof wrappedDataKey>;

/** The key file's self-check: SHA-256 over the rest (accidents, not attackers). */
export function checksumOf(body: KeyFile): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** Parses key file text; KEY_FILE_DAMAGED for anything we did not write, DATABASE_NEWER for a later format version. */
export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SamanvayError('KEY_FILE_DAMAGED', undefined, { problem: 'not JSON' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SamanvayError('KEY_FILE_DAMAGED', undefined, { problem: 'not an object' });
  }
  const { checksum, ...rest } = json as Record<string, unknown>;
  if (rest.format === 'samanvay-keys' && typeof rest.version === 'number' && rest.version > 1) {
    throw new SamanvayError('DATABASE_NEWER', undefined, { keyFileVersion: rest.version });
  }
  const parsed = keyFileSchema.safeParse(rest);
  if (!parsed.success) {
    throw new SamanvayError('KEY_FILE_DAMAGED', undefined, {
      problem: parsed.error.issues[0]?.message ?? 'schema',
    });
  }
  if (checksum !== checksumOf(parsed.data)) {
    throw new SamanvayError('KEY_FILE_DAMAGED', undefined, { problem: 'checksum' });
  }
  return parsed.data;
}

/** Reads and checks the key file: KEY_FILE_MISSING, KEY_FILE_DAMAGED. Needs no secret. */
export function readKeyFile(path: string): KeyFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SamanvayError('KEY_FILE_MISSING');
    if (code === 'EISDIR')
      throw new SamanvayError('KEY_FILE_DAMAGED', undefined, { problem: 'a directory' });
    throw new SamanvayError('INTERNAL', undefined, { cause: (error as Error).message });
  }
  return parseKeyFile(text);
}

/** The text we write for a key file: the body, then its checksum. */
export function serialiseKeyFile(body: KeyFile): string {
  const checked = keyFileSchema.parse(body);
  return `${JSON.stringify({ ...checked, checksum: checksumOf(checked) }, null, 2)}\n`;
}

/** Replaces the key file atomically and durably (mode 0600). */
export function writeKeyFile(path: string, body: KeyFile): void {
  writeFileDurable(path, serialiseKeyFile(body));
}
