import { createHash, type Hash } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Change } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import { defaultPhotoLimits } from '../photos/importPhoto';
import { jpegSize } from '../photos/jpegSize';
import {
  createPhotoFile,
  partFilePath,
  partFilePaths,
  photoSegmentBytes,
  readPhotoFile,
  removePhotoFile,
  resumePhotoFile,
  syncPhotoFolder,
  type PhotoFileWriter,
} from '../photos/photoFiles';
import { insertPhotoRow, photoRecord, referencedPhotosSql } from '../photos/photoStorage';
import { createThumbnailQueue } from '../photos/thumbnailQueue';

/** Photos travel in chunks of this size (one encrypted segment each); a transfer resumes from the last whole chunk. */
export const photoChunkBytes = photoSegmentBytes;

const hashPattern = /^[0-9a-f]{64}$/;

/** Photo hashes a change refers to (a suspect's photos, a log entry's photos). */
export function photosOf(change: Change): string[] {
  const found: string[] = [];
  const fields = change.body.fields;
  if (fields) {
    if (typeof fields.primaryPhoto === 'string') found.push(fields.primaryPhoto);
    // A lookout notice's photo.
    if (change.entity === 'lookout' && typeof fields.photo === 'string') found.push(fields.photo);
    if (Array.isArray(fields.photos))
      for (const item of fields.photos) if (typeof item === 'string') found.push(item);
  }
  if (change.op === 'add' && change.body.field === 'photos' && change.body.value)
    found.push(change.body.value);
  return found.filter((hash) => hashPattern.test(hash));
}

/** A transfer under way: its encrypted file, the hash so far and the photo's first bytes. */
interface Incoming {
  file: PhotoFileWriter;
  hasher: Hash;
  head: Buffer;
  /** Set once the last chunk is in: resolves when the photo is on disk and recorded. */
  stored?: Promise<'done'>;
}

/** A verified photo waiting for the next group commit. */
interface Verified {
  hash: string;
  transfer: Incoming;
  size: { width: number; height: number };
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** What the photo store tells its node (both optional). */
export interface PhotoStoreHooks {
  /** A received photo's thumbnail is made: the UI can show it. */
  thumbnailed?: (hash: string) => void;
  /** A received photo turned out undecodable after it was stored, and was removed. */
  undecodable?: (hash: string) => void;
}

/**
 * The photo side of sync on one node: which referenced photos are missing, chunks to serve,
 * and chunks received. Each chunk goes straight into the photo's encrypted temp file and into
 * a running SHA-256; once whole, the hash must match the one the signed change named, and
 * only then is the file renamed into place and its row written. The thumbnail is made after,
 * off the transfer's path, so a record shows its placeholder until it is ready.
 */
export function createPhotoStore(db: Db, clock: { now(): number }, hooks: PhotoStoreHooks = {}) {
  const missingReferenced = db.prepare(`
    SELECT hash FROM (${referencedPhotosSql})
    WHERE hash NOT IN (SELECT hash FROM photos) LIMIT 100000`);
  const held = db.prepare('SELECT 1 FROM photos WHERE hash = ?');
  // A photo is named (by hash) in the body of the changes that refer to it.
  const sharedReference = db.prepare(
    `SELECT 1 FROM changes WHERE local = 0 AND status = 'applied'
       AND entity IN ('suspect', 'case', 'log') AND instr(body, ?) > 0 LIMIT 1`,
  );
  // Every photo hash the shared, applied changes name, read in one pass (see `mayServe`).
  const namingBodies = db.prepare(
    `SELECT body FROM changes WHERE local = 0 AND status = 'applied'
       AND entity IN ('suspect', 'case', 'log') AND instr(body, 'hoto') > 0`,
  );
  let named: Set<string> | undefined;
  let askedOneByOne = 0;
  const entitled = new Map<string, boolean>();
  const incoming = new Map<string, Incoming>();
  const leftOver = partFilePaths(db);
  const verified: Verified[] = [];
  let committing: Promise<void> | undefined;
  let lastChunkAt = 0;
  // Thumbnails wait while chunks are arriving (not for a transfer its peer abandoned).
  const thumbnails = createThumbnailQueue(db, hooks, () => Date.now() - lastChunkAt < 1000);
  thumbnails.resume();

  /** The transfer of `hash` under way, reopened from its temp file after a crash if need be. */
  function current(hash: string): Incoming | undefined {
    const known = incoming.get(hash);
    if (known) return known;
    // Only a temp file left by an earlier run can be resumed: no failed open per photo.
    if (!leftOver.delete(partFilePath(db, hash))) return undefined;
    const hasher = createHash('sha256');
    const chunks: Buffer[] = [];
    const file = resumePhotoFile(db, hash, (plain) => {
      hasher.update(plain);
      if (chunks.length === 0) chunks.push(plain.subarray(0, 64 * 1024));
    });
    if (!file) return undefined;
    const resumed = { file, hasher, head: chunks[0] ?? Buffer.alloc(0) };
    incoming.set(hash, resumed);
    return resumed;
  }

  /** Forgets a transfer and its temp file (and its placed file, unless the photo is recorded). */
  function drop(hash: string): void {
    incoming.get(hash)?.file.discard();
    incoming.delete(hash);
    rmSync(partFilePath(db, hash), { force: true });
    if (held.get(hash) === undefined) removePhotoFile(db, hash);
  }

  /** Checks a whole photo, then waits for the group commit that makes it durable. */
  function finish(hash: string, transfer: Incoming): Promise<void> {
    if (transfer.hasher.digest('hex') !== hash) throw rejected(hash, 'hash');
    const size = jpegSize(transfer.head);
    if (!size || size.width * size.height > defaultPhotoLimits.maxPixels)
      throw rejected(hash, 'format');
    return new Promise((resolve, reject) => {
      verified.push({ hash, transfer, size, resolve, reject });
      committing ??= commitVerified();
    });
  }

  /**
   * Group commit: every photo verified meanwhile is fsynced (in parallel, off the event
   * loop), renamed into place, the folder fsynced once, and all their rows written in one
   * transaction; only then is each transfer done. A crash before the rows leaves files that
   * the next transfer of the same photo overwrites.
   */
  async function commitVerified(): Promise<void> {
    while (verified.length > 0) {
      const batch = verified.splice(0);
      const flushed = await Promise.allSettled(batch.map((item) => item.transfer.file.flush()));
      const ready = batch.filter((item, index) => {
        const outcome = flushed[index];
        if (outcome?.status === 'fulfilled') return true;
        drop(item.hash);
        item.reject(outcome?.reason);
        return false;
      });
      try {
        for (const item of ready) item.transfer.file.place();
        if (ready.length > 0) syncPhotoFolder(db);
        db.transaction(() => {
          for (const { hash, transfer, size } of ready)
            insertPhotoRow(
              db,
              {
                hash,
                mime: 'image/jpeg',
                ...size,
                size: transfer.file.total,
                fileKey: transfer.file.key,
                thumb: null,
              },
              clock.now(),
            );
        })();
      } catch (error) {
        for (const item of ready) {
          drop(item.hash);
          item.reject(error);
        }
        continue;
      }
      for (const item of ready) {
        incoming.delete(item.hash);
        thumbnails.add(item.hash);
        item.resolve();
      }
    }
    committing = undefined;
  }

  return {
    /** Every photo some record refers to that is not stored here. */
    missing(): string[] {
      return missingReferenced.pluck().all() as string[];
    },
    /** Whether the photo is stored here. */
    has(hash: string): boolean {
      return held.get(hash) !== undefined;
    },
    /** Where a transfer of this photo resumes. */
    resumeOffset(hash: string): number {
      return current(hash)?.file.offset ?? 0;
    },
    /**
     * Whether a peer may have this photo: a change that may leave this node refers to it, so
     * the peer is entitled to a record that does. A photo only local records name never leaves.
     */
    mayServe(hash: string): boolean {
      if (!hashPattern.test(hash)) return false;
      if (entitled.get(hash) === true) return true;
      // Asking the changes one photo at a time reads their bodies once per photo: thousands of
      // photos over a large log took longer than sending them. One pass collects every hash
      // they name instead; a photo it does not list (named since, or not at all) is asked
      // alone, and after a few of those the pass is made again.
      if (named === undefined || askedOneByOne >= 16) {
        named = new Set();
        askedOneByOne = 0;
        for (const body of namingBodies.pluck().iterate() as Iterable<string>)
          for (const match of body.matchAll(/[0-9a-f]{64}/g)) named.add(match[0]);
      }
      let allowed = named.has(hash);
      if (!allowed) {
        askedOneByOne += 1;
        allowed = sharedReference.get(hash) !== undefined;
      }
      // Sharing is fixed per change, so "yes" stays true; "no" is asked again later.
      if (allowed) entitled.set(hash, true);
      return allowed;
    },
    /** The chunk at `offset` of a stored photo, or undefined if it is not stored here. */
    readChunk(hash: string, offset: number): { bytes: Buffer; total: number } | undefined {
      const record = photoRecord(db, hash);
      if (!record || offset >= record.size) return undefined;
      const length = Math.min(photoChunkBytes, record.size - offset);
      const bytes = readPhotoFile(db, hash, record.fileKey, record.size, offset, length);
      return { bytes, total: record.size };
    },
    /**
     * Keeps a received chunk. Returns the next offset to ask for, or 'done' once the photo is
     * complete, verified and stored. A chunk out of place is ignored (the next offset is asked
     * again); a wrong hash or a photo that is not a JPEG drops the file and throws IMAGE_REJECTED.
     */
    async accept(
      hash: string,
      offset: number,
      total: number,
      bytes: Buffer,
    ): Promise<number | 'done'> {
      if (total > defaultPhotoLimits.maxBytes) {
        throw new SamanvayError('IMAGE_TOO_LARGE', undefined, { reason: 'bytes', hash });
      }
      lastChunkAt = Date.now();
      let transfer = current(hash);
      if (transfer?.stored) return transfer.stored;
      if (transfer && transfer.file.total !== total) {
        drop(hash);
        transfer = undefined;
      }
      const at = transfer?.file.offset ?? 0;
      if (offset !== at || bytes.length === 0) return at;
      if (offset + bytes.length > total) throw rejected(hash, 'size');
      const head = Buffer.alloc(0);
      if (!transfer) {
        transfer = { file: createPhotoFile(db, hash, total), hasher: createHash('sha256'), head };
        incoming.set(hash, transfer);
      }
      // The JPEG header, to read the photo's size once it is whole.
      if (offset === 0) transfer.head = Buffer.from(bytes.subarray(0, 64 * 1024));
      try {
        transfer.file.append(bytes);
        transfer.hasher.update(bytes);
        if (transfer.file.offset < total) return transfer.file.offset;
        transfer.stored = finish(hash, transfer).then(() => 'done' as const);
      } catch (error) {
        drop(hash);
        throw error;
      }
      return transfer.stored;
    },
    /** Resolves once every thumbnail queued so far is made (tests, benchmarks). */
    thumbnailsDone(): Promise<void> {
      return thumbnails.idle();
    },
    /**
     * Closes the files of transfers under way (they resume from disk later), waits for the
     * group commit under way, and leaves thumbnails not yet made for the next start.
     */
    async close(): Promise<void> {
      await committing;
      for (const transfer of incoming.values()) transfer.file.close();
      incoming.clear();
      await thumbnails.stop();
    },
  };
}

/** A photo store bound to one node. */
export type PhotoStore = ReturnType<typeof createPhotoStore>;

function rejected(hash: string, reason: string): SamanvayError {
  return new SamanvayError('IMAGE_REJECTED', undefined, { hash, reason });
}
