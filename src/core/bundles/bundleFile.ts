import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import { SamanvayError } from '../../shared/errors';
import { fsyncDirectory } from '../db/atomicFile';
import { signBytes, type NodeIdentity } from '../identity/nodeIdentity';
import { decryptAgeStream } from './ageStream';
import { parseEntries, type BundleEntry } from './bundleEntries';
import {
  bundleLimits,
  damaged,
  decodeEnvelope,
  encodeEntryHead,
  encodeEnvelope,
  signedDigest,
  type Envelope,
  type Manifest,
} from './bundleFormat';

/** An entry to write: JSON entries are deflated, photos stored as they are. */
export interface OutgoingEntry {
  name: string;
  bytes: Buffer;
  deflate: boolean;
}

/** What writing a bundle needs: who it is from and for, and the entries after the manifest. */
export interface WriteBundleInput {
  path: string;
  envelope: Envelope;
  /** The recipient's published age key (`age1…`). */
  recipient: string;
  signer: NodeIdentity;
  manifest: Manifest;
  entries: AsyncIterable<OutgoingEntry> | Iterable<OutgoingEntry>;
}

/**
 * Writes a bundle atomically: streamed through age into a temporary file beside `path`,
 * fsynced, renamed over, the folder fsynced. Memory holds one entry at a time. On any failure
 * the temporary file is removed and `path` is untouched. Returns the file's size.
 */
export async function writeBundle(input: WriteBundleInput): Promise<number> {
  const directory = dirname(input.path);
  const temporary = join(
    directory,
    `.${basename(input.path)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const envelopeBytes = encodeEnvelope(input.envelope);
  const handle = await open(temporary, 'wx', 0o600);
  let written = 0;
  try {
    await handle.write(envelopeBytes);
    written += envelopeBytes.length;
    const encrypter = new Encrypter();
    encrypter.addRecipient(input.recipient);
    const encrypted = await encrypter.encrypt(plaintextStream(input, envelopeBytes));
    for await (const chunk of encrypted) {
      await handle.write(chunk);
      written += chunk.length;
    }
    await handle.sync();
    await handle.close();
    await rename(temporary, input.path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  fsyncDirectory(directory);
  return written;
}

/** The plaintext as a pull stream: each pull encodes one more entry, then the signed end. */
function plaintextStream(
  input: WriteBundleInput,
  envelopeBytes: Buffer,
): ReadableStream<Uint8Array> {
  const digest = createHash('sha256').update(envelopeBytes);
  const source = (async function* () {
    yield {
      name: 'manifest.json',
      bytes: Buffer.from(JSON.stringify(input.manifest)),
      deflate: true,
    };
    yield* input.entries;
  })();
  let count = 0;
  const encode = (entry: OutgoingEntry, hashed: boolean): Buffer => {
    const stored = entry.deflate ? deflateRawSync(entry.bytes) : entry.bytes;
    const bytes = Buffer.concat([
      encodeEntryHead(entry.name, entry.deflate, stored.length),
      stored,
    ]);
    if (hashed) digest.update(bytes);
    return bytes;
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done !== true) {
        count += 1;
        controller.enqueue(encode(next.value, true));
        return;
      }
      const sha256 = digest.digest('hex');
      const end = {
        entries: count,
        sha256,
        signature: signBytes(input.signer, signedDigest(sha256, count)),
      };
      controller.enqueue(
        encode(
          { name: 'end.json', bytes: Buffer.from(JSON.stringify(end)), deflate: false },
          false,
        ),
      );
      controller.close();
    },
  });
}

/** How to read a bundle on this node. */
export interface ReadBundleOptions {
  /** This node's id: a bundle for another node is refused before decrypting. */
  self: string;
  /** This node's age identity (`AGE-SECRET-KEY-1…`). */
  identity: string;
  /** The sender's Ed25519 key; throws BUNDLE_UNKNOWN_SENDER / BUNDLE_SENDER_REVOKED. */
  senderKey(from: string): string;
  onManifest?(manifest: Manifest, envelope: Envelope): void | Promise<void>;
  onEntry?(entry: BundleEntry): void | Promise<void>;
  /** Bytes of the file read so far, and its size. */
  onProgress?(read: number, size: number): void;
}

/** The outcome of one complete, verified read. */
export interface ReadResult {
  envelope: Envelope;
  manifest: Manifest;
  entries: number;
  bytes: number;
}

const notPlain = (path: string) =>
  new SamanvayError('INVALID_INPUT', 'Not a bundle in the bundle folder: not a plain file.', {
    field: 'file',
    file: basename(path),
  });

/**
 * Opens a bundle to read, once: every later read goes through this handle, so the file checked
 * is the file read. It must be a regular file (checked on the open handle); with `noFollow`
 * (a page's file in the bundle folder) a symbolic link is not followed but refused, even one
 * swapped in after an earlier check. INVALID_INPUT otherwise, with nothing read.
 */
export async function openBundleFile(
  path: string,
  options: { noFollow?: boolean } = {},
): Promise<FileHandle> {
  const flags = constants.O_RDONLY | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  let handle: FileHandle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw notPlain(path);
    throw error;
  }
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw notPlain(path);
  }
  return handle;
}

/**
 * Reads a bundle from start to end, streamed: the clear envelope (magic, version, recipient,
 * sender) first, then the age stream, then every entry, then the sender's signature over all
 * of it. Any failure throws a BUNDLE_* error; the callbacks must not change anything that
 * matters before this returns (a bundle is verified whole before it is applied).
 */
export async function readBundle(
  source: string | FileHandle,
  options: ReadBundleOptions,
): Promise<ReadResult> {
  if (typeof source === 'string') {
    const handle = await openBundleFile(source);
    try {
      return await readBundle(handle, options);
    } finally {
      await handle.close();
    }
  }
  const handle = source;
  const size = (await handle.stat()).size;
  const head = Buffer.alloc(Math.min(size, bundleLimits.envelopeBytes));
  await handle.read(head, 0, head.length, 0);
  const { envelope, length } = decodeEnvelope(head);
  if (envelope.to !== options.self) {
    throw new SamanvayError('BUNDLE_NOT_FOR_THIS_NODE', undefined, { to: envelope.to });
  }
  const senderKey = options.senderKey(envelope.from);
  let read = length;
  // Read through the handle itself (the caller's, which may read again): never reopened.
  const ciphertext = (async function* () {
    for (;;) {
      const chunk = Buffer.allocUnsafe(256 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, read);
      if (bytesRead === 0) return;
      read += bytesRead;
      options.onProgress?.(read, size);
      yield chunk.subarray(0, bytesRead);
    }
  })();
  try {
    const result = await parseEntries(decryptAgeStream(ciphertext, options.identity), {
      envelopeBytes: head.subarray(0, length),
      senderKey,
      onManifest: (manifest) => options.onManifest?.(manifest, envelope),
      onEntry: (entry) => options.onEntry?.(entry),
    });
    return { envelope, ...result, bytes: size };
  } catch (error) {
    if (error instanceof SamanvayError) throw error;
    throw damaged(error instanceof Error ? error.message : String(error));
  } finally {
    await ciphertext.return(undefined);
  }
}
