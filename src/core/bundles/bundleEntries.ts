import { createHash, type Hash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { SamanvayError } from '../../shared/errors';
import { verifyBytes } from '../identity/nodeIdentity';
import {
  bundleLimits,
  damaged,
  endSchema,
  entryKindOf,
  manifestSchema,
  signedDigest,
  type EntryKind,
  type Manifest,
} from './bundleFormat';

/** One entry of a bundle, inflated. */
export interface BundleEntry {
  name: string;
  kind: Exclude<EntryKind, 'end' | 'manifest'>;
  bytes: Buffer;
}

/** Reads exact byte counts from a stream of chunks, holding only what is asked for. */
class ByteReader {
  private chunks: Buffer[] = [];
  private held = 0;
  private done = false;
  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Whether the stream has ended with nothing left. */
  async atEnd(): Promise<boolean> {
    await this.fill(1);
    return this.held === 0;
  }

  /** Exactly `count` bytes, or BUNDLE_DAMAGED if the stream ends first. */
  async read(count: number): Promise<Buffer> {
    await this.fill(count);
    if (this.held < count) throw damaged('cut short');
    const whole = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const taken = whole.subarray(0, count);
    const rest = whole.subarray(count);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.held = rest.length;
    return taken;
  }

  private async fill(count: number): Promise<void> {
    while (this.held < count && !this.done) {
      const next = await this.source.next();
      if (next.done === true) {
        this.done = true;
        break;
      }
      const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      this.chunks.push(chunk);
      this.held += chunk.length;
    }
  }
}

/** How a reader checks the entries: the clear envelope they continue, and the sender's key. */
export interface EntryCheck {
  envelopeBytes: Buffer;
  senderKey: string;
  onManifest(manifest: Manifest): void | Promise<void>;
  onEntry(entry: BundleEntry): void | Promise<void>;
}

/**
 * Parses the decrypted entries of a bundle, in order, under `bundleLimits`: the manifest
 * first, then commit batches and photos, then `end.json`, whose signed digest must cover the
 * envelope and every entry before it, and nothing after. Throws BUNDLE_DAMAGED,
 * BUNDLE_TOO_LARGE or BUNDLE_BAD_ENTRY; entries are handed on as read, so a caller acts on
 * them only once the whole stream has verified (see `readBundle`).
 */
export async function parseEntries(
  plaintext: AsyncIterable<Uint8Array>,
  check: EntryCheck,
): Promise<{ manifest: Manifest; entries: number }> {
  const reader = new ByteReader(plaintext[Symbol.asyncIterator]());
  const digest = createHash('sha256').update(check.envelopeBytes);
  let manifest: Manifest | undefined;
  let count = 0;
  let stage = 0;
  for (;;) {
    if (await reader.atEnd()) throw damaged('cut short: no end entry');
    const { name, kind, bytes } = await readEntry(reader, digest);
    count += 1;
    if (count > bundleLimits.entries) throw new SamanvayError('BUNDLE_TOO_LARGE');
    const order = { manifest: 0, commits: 1, photo: 2, end: 3 }[kind];
    if ((count === 1) !== (kind === 'manifest') || order < stage) {
      throw damaged(`entry ${name} out of order`);
    }
    stage = order;
    if (kind === 'end') {
      verifyEnd(bytes, digest.digest('hex'), count - 1, check.senderKey);
      if (!(await reader.atEnd())) throw damaged('bytes after the end entry');
      return { manifest: manifest!, entries: count - 1 };
    }
    if (kind === 'manifest') {
      const parsed = manifestSchema.safeParse(parseJson(bytes, name));
      if (!parsed.success) throw damaged('manifest fields');
      manifest = parsed.data;
      await check.onManifest(manifest);
    } else {
      await check.onEntry({ name, kind, bytes });
    }
  }
}

async function readEntry(
  reader: ByteReader,
  digest: Hash,
): Promise<{ name: string; kind: EntryKind; bytes: Buffer }> {
  const nameLength = (await reader.read(2)).readUInt16BE(0);
  if (nameLength === 0 || nameLength > bundleLimits.nameBytes) throw damaged('entry name length');
  const nameBytes = await reader.read(nameLength);
  const name = nameBytes.toString('utf8');
  const kind = entryKindOf(name);
  const head = await reader.read(5);
  const encoding = head.readUInt8(0);
  const length = head.readUInt32BE(1);
  if (encoding > 1) throw damaged(`entry ${name} encoding`);
  if (length > bundleLimits.storedEntryBytes) throw new SamanvayError('BUNDLE_TOO_LARGE');
  const stored = await reader.read(length);
  if (kind !== 'end') {
    const lengthBytes = Buffer.alloc(2);
    lengthBytes.writeUInt16BE(nameLength, 0);
    digest.update(lengthBytes).update(nameBytes).update(head).update(stored);
  }
  return { name, kind, bytes: encoding === 1 ? inflate(stored, name) : stored };
}

function inflate(stored: Buffer, name: string): Buffer {
  try {
    return inflateRawSync(stored, { maxOutputLength: bundleLimits.inflatedEntryBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new SamanvayError('BUNDLE_TOO_LARGE', undefined, { name });
    throw damaged(`entry ${name} does not inflate`);
  }
}

function verifyEnd(bytes: Buffer, sha256: string, entries: number, senderKey: string): void {
  const end = endSchema.safeParse(parseJson(bytes, 'end.json'));
  if (!end.success) throw damaged('end fields');
  if (end.data.sha256 !== sha256 || end.data.entries !== entries)
    throw damaged('digest does not match');
  if (!verifyBytes(senderKey, signedDigest(sha256, entries), end.data.signature)) {
    throw damaged('signature does not verify');
  }
}

/** JSON of an entry, or BUNDLE_DAMAGED. */
export function parseJson(bytes: Buffer, name: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged(`entry ${name} is not JSON`);
  }
}
