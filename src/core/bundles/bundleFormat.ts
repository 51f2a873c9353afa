import { z } from 'zod';
import { nodeIdSchema } from '../../shared/domain/commitSchema';
import { SamanvayError } from '../../shared/errors';

/**
 * A sync bundle on disk:
 *
 *   SAMANVAY-BUNDLE/1\n  {"kind","from","to"}\n      the envelope, in clear, at most 1 KiB
 *   age-encryption.org/v1 …                           age (X25519) for the recipient's bundle key
 *     entries: u16 name length | name | u8 encoding (0 raw, 1 deflate) | u32 length | bytes
 *       manifest.json, commits/NNNNNN.json …, photos/<sha256>.jpg …, end.json (last)
 *
 * age authenticates every 64 KiB chunk and the end of the stream (a flipped byte or a cut
 * file fails); `end.json` holds the SHA-256 of the envelope and every entry before it, signed
 * with the sender's Ed25519 node key (age alone does not say who wrote the file).
 */
export const bundleFormatVersion = 1;

export const bundleMagic = 'SAMANVAY-BUNDLE/';

/** Limits a reader holds every bundle to, whatever its envelope or entries claim. */
export const bundleLimits = {
  envelopeBytes: 1024,
  nameBytes: 200,
  /** One stored entry: a batch of commits (deflated) or one photo. */
  storedEntryBytes: 32 * 1024 * 1024,
  /** One entry once inflated: a deflate bomb stops here. */
  inflatedEntryBytes: 64 * 1024 * 1024,
  entries: 2_000_000,
};

/** The clear header before the encrypted part: what the reader checks before decrypting. */
export const envelopeSchema = z
  .object({
    kind: z.enum(['changes', 'ack']),
    from: nodeIdSchema,
    to: nodeIdSchema,
  })
  .strict();
export type Envelope = z.infer<typeof envelopeSchema>;

const vectorSchema = z.record(z.string().max(64), z.number().int().nonnegative());

/** The first entry: who made the bundle, when, and from which vector it counts. */
export const manifestSchema = z
  .object({
    createdAt: z.number().int().nonnegative(),
    operator: z.string().max(200),
    office: z.string().max(200),
    /** What the recipient was known to hold: the bundle carries what comes after. */
    base: vectorSchema,
    /** The sender's vector when the bundle was made (for an ack: the importer's). */
    vector: vectorSchema,
    full: z.boolean(),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** The last entry: the digest of everything before it, signed by the sender. */
export const endSchema = z
  .object({
    entries: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    signature: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .strict();

/** The kinds of entry a bundle may hold, told by name. */
export type EntryKind = 'manifest' | 'commits' | 'photo' | 'end';

const entryNames: Array<[RegExp, EntryKind]> = [
  [/^manifest\.json$/, 'manifest'],
  [/^commits\/\d{6}\.json$/, 'commits'],
  [/^photos\/[0-9a-f]{64}\.jpg$/, 'photo'],
  [/^end\.json$/, 'end'],
];

/**
 * The kind of an entry named `name`. A name that could leave its folder (`..`, an absolute
 * path, a backslash or drive letter, a control character) is BUNDLE_BAD_ENTRY; any other
 * unexpected name is BUNDLE_DAMAGED.
 */
export function entryKindOf(name: string): EntryKind {
  if (
    name.split(/[/\\]/).some((part) => part === '..' || part === '.') ||
    /^[/\\]|^[a-zA-Z]:|\\/.test(name) ||
    [...name].some((character) => character.charCodeAt(0) < 0x20)
  ) {
    throw new SamanvayError('BUNDLE_BAD_ENTRY', undefined, { name });
  }
  for (const [pattern, kind] of entryNames) if (pattern.test(name)) return kind;
  throw damaged(`unexpected entry ${JSON.stringify(name.slice(0, 80))}`);
}

/** A bundle that fails a structural check. */
export function damaged(detail: string): SamanvayError {
  return new SamanvayError('BUNDLE_DAMAGED', undefined, { detail });
}

/** The clear envelope: magic and version line, then the envelope JSON line. */
export function encodeEnvelope(envelope: Envelope): Buffer {
  return Buffer.from(`${bundleMagic}${bundleFormatVersion}\n${JSON.stringify(envelope)}\n`);
}

/**
 * Parses the clear envelope from the first bytes of a file. Returns it and its length, or
 * throws: BUNDLE_NOT_A_BUNDLE (no magic), BUNDLE_VERSION (another format version),
 * BUNDLE_DAMAGED (a malformed envelope).
 */
export function decodeEnvelope(head: Buffer): { envelope: Envelope; length: number } {
  const magic = Buffer.from(bundleMagic);
  if (head.length < magic.length || !head.subarray(0, magic.length).equals(magic)) {
    throw new SamanvayError('BUNDLE_NOT_A_BUNDLE');
  }
  const firstEnd = head.indexOf(0x0a, magic.length);
  const version = head.subarray(magic.length, firstEnd < 0 ? undefined : firstEnd).toString();
  if (firstEnd < 0 || !/^\d{1,6}$/.test(version)) throw damaged('format version line');
  if (Number(version) !== bundleFormatVersion) {
    throw new SamanvayError('BUNDLE_VERSION', undefined, { version: Number(version) });
  }
  const secondEnd = head.indexOf(0x0a, firstEnd + 1);
  if (secondEnd < 0) throw damaged('envelope line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(head.subarray(firstEnd + 1, secondEnd).toString('utf8'));
  } catch {
    throw damaged('envelope JSON');
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) throw damaged('envelope fields');
  return { envelope: envelope.data, length: secondEnd + 1 };
}

/** The header of one entry, before its bytes. */
export function encodeEntryHead(name: string, deflated: boolean, length: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(2 + nameBytes.length + 1 + 4);
  head.writeUInt16BE(nameBytes.length, 0);
  nameBytes.copy(head, 2);
  head.writeUInt8(deflated ? 1 : 0, 2 + nameBytes.length);
  head.writeUInt32BE(length, 3 + nameBytes.length);
  return head;
}

/** Bytes signed in `end.json`: a label, so the signature means nothing in another context. */
export function signedDigest(sha256: string, entries: number): Buffer {
  return Buffer.from(`samanvay-bundle-v${bundleFormatVersion}:${entries}:${sha256}`);
}
