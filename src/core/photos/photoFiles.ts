/**
 * Photos out of the database, as Signal Desktop keeps attachments: one file per photo in a
 * folder beside the database (`<dbPath>.photos/`), encrypted with AES-256-GCM under the
 * photo's own random key, which lives only in the encrypted database (`photos.file_key`).
 *
 * A file's name is HMAC-SHA256(the folder's name key, photo hash): content-addressed (one
 * file per photo, a rewrite lands on the same name) without telling someone holding the disk
 * which known photo is stored here. The name key is in the database's `meta` table.
 *
 * File layout: `SMVPHOTO` magic, a header kind byte, then segments. Kind 0 has nothing more;
 * kind 1 (a transfer still under way, `.part`) carries the photo's total size and its key
 * wrapped under the name key, so a transfer cut by kill -9 resumes without a database write.
 * Each segment is u32 plain length, 12-byte random nonce, ciphertext, 16-byte tag; the tag
 * covers the photo hash, the segment index and whether it is the last, so a file cannot be
 * swapped for another photo's, reordered or cut short without the read failing.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SamanvayError } from '../../shared/errors';
import { fsyncDirectory } from '../db/atomicFile';
import type { ReadDb } from '../db/openDatabase';

/** Plain bytes per segment; a transfer chunk of this size is one segment. */
export const photoSegmentBytes = 256 * 1024;

const magic = Buffer.from('SMVPHOTO', 'latin1');
const wrappedKeyBytes = 12 + 32 + 16;
const partHeaderBytes = magic.length + 1 + 4 + wrappedKeyBytes;
const segmentOverhead = 4 + 12 + 16;

/** Where a database keeps its photo files, and the key that names them. */
interface Folder {
  path: string;
  nameKey: Buffer;
}

const folders = new WeakMap<object, Folder>();

/**
 * The photo folder of a database: `<dbPath>.photos` beside the file (a temporary folder for
 * an in-memory database). Created when the first photo is written.
 */
export function photoFolder(db: ReadDb): Folder {
  const known = folders.get(db);
  if (known) return known;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'photos.nameKey'").pluck().get() as
    string | undefined;
  if (!row) throw new SamanvayError('INTERNAL', 'The database has no photo name key.');
  const inMemory = db.name === ':memory:' || db.name === '';
  const path = inMemory ? mkdtempSync(join(tmpdir(), 'samanvay-photos-')) : `${db.name}.photos`;
  const folder = { path, nameKey: Buffer.from(row, 'hex') };
  folders.set(db, folder);
  return folder;
}

/** The paths of the unfinished photo files in the folder now (a transfer cut short). */
export function partFilePaths(db: ReadDb): Set<string> {
  const folder = photoFolder(db).path;
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder)
      .filter((name) => name.endsWith('.part'))
      .map((name) => join(folder, name)),
  );
}

/** The path of a stored photo's file. */
export function photoFilePath(db: ReadDb, hash: string): string {
  const folder = photoFolder(db);
  return join(folder.path, createHmac('sha256', folder.nameKey).update(hash).digest('hex'));
}

/** A photo file still being written (renamed to `photoFilePath` once whole and verified). */
export function partFilePath(db: ReadDb, hash: string): string {
  return `${photoFilePath(db, hash)}.part`;
}

function segmentAad(hash: string, index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(32 + 5);
  aad.write(hash, 0, 'hex');
  aad.writeUInt32LE(index, 32);
  aad[36] = final ? 1 : 0;
  return aad;
}

function wrapKey(db: ReadDb, hash: string): Buffer {
  return createHmac('sha256', photoFolder(db).nameKey).update(`wrap:${hash}`).digest();
}

/** An encrypted photo file open for appending, segment by segment. */
export interface PhotoFileWriter {
  readonly key: Buffer;
  /** Plain bytes written so far. */
  readonly offset: number;
  readonly total: number;
  /** Encrypts and appends one segment (the last when it reaches `total`). */
  append(plain: Buffer): void;
  /** Flushes to disk, closes and renames into place (temp file, fsync, rename). */
  commit(): void;
  /**
   * The same in two steps for a batch of photos: `flush` (fsync off the event loop, close),
   * then `place` (rename); the caller fsyncs the folder once for the batch
   * (`syncPhotoFolder`) before it records the photos.
   */
  flush(): Promise<void>;
  place(): void;
  /** Closes and deletes the unfinished file. */
  discard(): void;
  /** Closes the unfinished file and leaves it to be resumed. */
  close(): void;
}

/** Starts a new photo file (replacing any unfinished one) with a fresh random key. */
export function createPhotoFile(db: ReadDb, hash: string, total: number): PhotoFileWriter {
  mkdirSync(photoFolder(db).path, { recursive: true, mode: 0o700 });
  const path = partFilePath(db, hash);
  const key = randomBytes(32);
  const nonce = randomBytes(12);
  const wrap = createCipheriv('aes-256-gcm', wrapKey(db, hash), nonce);
  const header = Buffer.alloc(partHeaderBytes);
  magic.copy(header, 0);
  header[magic.length] = 1;
  header.writeUInt32LE(total, magic.length + 1);
  const sealed = Buffer.concat([nonce, wrap.update(key), wrap.final(), wrap.getAuthTag()]);
  sealed.copy(header, magic.length + 5);
  const fd = openSync(path, 'w', 0o600);
  writeAll(fd, header, 0);
  return fileWriter(db, hash, { fd, key, total, offset: 0, index: 0, size: header.length });
}

/**
 * Reopens an unfinished photo file after a crash: keeps its whole, authentic segments (the
 * last segment of the photo aside, so the transfer always asks for at least one chunk), cuts
 * off the rest, and feeds the plain bytes kept to `seen` (to resume the hash). Undefined when
 * there is no usable unfinished file.
 */
export function resumePhotoFile(
  db: ReadDb,
  hash: string,
  seen: (plain: Buffer) => void,
): PhotoFileWriter | undefined {
  const path = partFilePath(db, hash);
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return undefined;
  }
  try {
    const header = Buffer.alloc(partHeaderBytes);
    if (readSync(fd, header, 0, header.length, 0) !== header.length) throw new Error('short');
    if (!header.subarray(0, magic.length).equals(magic) || header[magic.length] !== 1)
      throw new Error('not a part file');
    const total = header.readUInt32LE(magic.length + 1);
    const sealed = header.subarray(magic.length + 5);
    const unwrap = createDecipheriv('aes-256-gcm', wrapKey(db, hash), sealed.subarray(0, 12));
    unwrap.setAuthTag(sealed.subarray(44, 60));
    const key = Buffer.concat([unwrap.update(sealed.subarray(12, 44)), unwrap.final()]);
    const state = { fd, key, total, offset: 0, index: 0, size: partHeaderBytes };
    for (;;) {
      // Read as a segment that is not the last: the photo's last segment fails to verify and
      // is asked for again, so a resumed transfer always has a chunk to fetch.
      const segment = readSegment(fd, state.size, hash, key, state.index, false);
      if (!segment || state.offset + segment.plain.length >= total) break;
      seen(segment.plain);
      state.offset += segment.plain.length;
      state.index += 1;
      state.size += segment.stored;
    }
    ftruncateSync(fd, state.size);
    return fileWriter(db, hash, state);
  } catch {
    closeSync(fd);
    rmSync(path, { force: true });
    return undefined;
  }
}

function fileWriter(
  db: ReadDb,
  hash: string,
  state: { fd: number; key: Buffer; total: number; offset: number; index: number; size: number },
): PhotoFileWriter {
  let open = true;
  const close = () => {
    if (open) closeSync(state.fd);
    open = false;
  };
  return {
    key: state.key,
    get offset() {
      return state.offset;
    },
    total: state.total,
    append(plain) {
      const final = state.offset + plain.length === state.total;
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', state.key, nonce);
      cipher.setAAD(segmentAad(hash, state.index, final));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(plain.length);
      const body = cipher.update(plain);
      cipher.final();
      const stored = Buffer.concat([length, nonce, body, cipher.getAuthTag()]);
      writeAll(state.fd, stored, state.size);
      state.size += stored.length;
      state.offset += plain.length;
      state.index += 1;
    },
    commit() {
      if (state.offset !== state.total) throw new SamanvayError('INTERNAL', 'Photo file short.');
      fsyncSync(state.fd);
      close();
      renameSync(partFilePath(db, hash), photoFilePath(db, hash));
      fsyncDirectory(photoFolder(db).path);
    },
    async flush() {
      if (state.offset !== state.total) throw new SamanvayError('INTERNAL', 'Photo file short.');
      await new Promise<void>((resolve, reject) =>
        fsync(state.fd, (error) => (error ? reject(error) : resolve())),
      );
      close();
    },
    place() {
      renameSync(partFilePath(db, hash), photoFilePath(db, hash));
    },
    discard() {
      close();
      rmSync(partFilePath(db, hash), { force: true });
    },
    close,
  };
}

/** Flushes the photo folder's entries (renames) to disk: once per batch of placed files. */
export function syncPhotoFolder(db: ReadDb): void {
  fsyncDirectory(photoFolder(db).path);
}

/**
 * Writes a whole photo as an encrypted file under a new key and returns the key; after
 * return the file is on disk under its final name.
 */
export function writePhotoFile(db: ReadDb, hash: string, bytes: Buffer): Buffer {
  const writer = createPhotoFile(db, hash, bytes.length);
  try {
    for (let offset = 0; offset < bytes.length; offset += photoSegmentBytes)
      writer.append(bytes.subarray(offset, offset + photoSegmentBytes));
    writer.commit();
    return writer.key;
  } catch (error) {
    writer.discard();
    throw error;
  }
}

/**
 * Reads `length` plain bytes of a photo file from `start` (all of it by default), decrypting
 * segment by segment into one buffer. Throws PHOTO_DAMAGED if the file is missing, cut short
 * or altered.
 */
export function readPhotoFile(
  db: ReadDb,
  hash: string,
  key: Buffer,
  size: number,
  start = 0,
  length = size - start,
): Buffer {
  let fd: number;
  try {
    fd = openSync(photoFilePath(db, hash), 'r');
  } catch {
    throw damaged(hash);
  }
  try {
    const head = Buffer.alloc(magic.length + 1);
    readSync(fd, head, 0, head.length, 0);
    if (!head.subarray(0, magic.length).equals(magic)) throw damaged(hash);
    let position = head[magic.length] === 1 ? partHeaderBytes : head.length;
    const out = Buffer.alloc(Math.max(0, Math.min(length, size - start)));
    let plainAt = 0;
    for (let index = 0; plainAt < size; index += 1) {
      const length4 = Buffer.alloc(4);
      if (readSync(fd, length4, 0, 4, position) !== 4) throw damaged(hash);
      const plainLength = length4.readUInt32LE();
      const end = plainAt + plainLength;
      const wanted = end > start && plainAt < start + out.length;
      if (wanted) {
        const segment = readSegment(fd, position, hash, key, index, end === size);
        if (!segment) throw damaged(hash);
        const from = Math.max(start, plainAt);
        const to = Math.min(end, start + out.length);
        segment.plain.copy(out, from - start, from - plainAt, to - plainAt);
      }
      position += plainLength + segmentOverhead;
      plainAt = end;
      if (plainAt >= start + out.length) break;
    }
    if (fstatSync(fd).size < position) throw damaged(hash);
    return out;
  } finally {
    closeSync(fd);
  }
}

/** Deletes a photo's file (and any unfinished one); absent files are fine. */
export function removePhotoFile(db: ReadDb, hash: string): void {
  rmSync(photoFilePath(db, hash), { force: true });
  rmSync(partFilePath(db, hash), { force: true });
}

/** Reads and authenticates one segment; undefined if it is cut short or does not verify. */
function readSegment(
  fd: number,
  position: number,
  hash: string,
  key: Buffer,
  index: number,
  final: boolean,
): { plain: Buffer; stored: number } | undefined {
  const length4 = Buffer.alloc(4);
  if (readSync(fd, length4, 0, 4, position) !== 4) return undefined;
  const plainLength = length4.readUInt32LE();
  if (plainLength > photoSegmentBytes * 4) return undefined;
  const rest = Buffer.alloc(12 + plainLength + 16);
  if (readSync(fd, rest, 0, rest.length, position + 4) !== rest.length) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, rest.subarray(0, 12));
    decipher.setAAD(segmentAad(hash, index, final));
    decipher.setAuthTag(rest.subarray(12 + plainLength));
    const plain = Buffer.concat([
      decipher.update(rest.subarray(12, 12 + plainLength)),
      decipher.final(),
    ]);
    return { plain, stored: 4 + rest.length };
  } catch {
    return undefined;
  }
}

function writeAll(fd: number, bytes: Buffer, position: number): void {
  let written = 0;
  while (written < bytes.length)
    written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

function damaged(hash: string): SamanvayError {
  return new SamanvayError('PHOTO_DAMAGED', undefined, { hash });
}
