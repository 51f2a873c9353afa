import { createHash } from 'node:crypto';
import type { Change } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import { defaultPhotoLimits, photoSizes, storePhoto } from '../photos/importPhoto';
import { loadSharp } from '../photos/loadSharp';

/** Photos travel in chunks of this size; a transfer resumes from the last whole chunk. */
export const photoChunkBytes = 256 * 1024;

const hashPattern = /^[0-9a-f]{64}$/;

/** Photo hashes a change refers to (a suspect's photos, a log entry's photos). */
export function photosOf(change: Change): string[] {
  const found: string[] = [];
  const fields = change.body.fields;
  if (fields) {
    if (typeof fields.primaryPhoto === 'string') found.push(fields.primaryPhoto);
    if (Array.isArray(fields.photos))
      for (const item of fields.photos) if (typeof item === 'string') found.push(item);
  }
  if (change.op === 'add' && change.body.field === 'photos' && change.body.value)
    found.push(change.body.value);
  return found.filter((hash) => hashPattern.test(hash));
}

/**
 * The photo side of sync on one node: which referenced photos are missing, chunks to serve,
 * and chunks received, kept in `photo_parts` until the whole photo is there and its SHA-256
 * matches the hash the signed change named. Only then is it stored (with a thumbnail made
 * here), so a record shows its placeholder until the real photo arrives.
 */
export function createPhotoStore(db: Db, clock: { now(): number }) {
  const missingReferenced = db.prepare(`
    SELECT hash FROM (
      SELECT primary_photo AS hash FROM suspects WHERE primary_photo IS NOT NULL
      UNION SELECT value FROM set_elements WHERE field = 'photos' AND removed = 0
      UNION SELECT j.value FROM log_entries, json_each(log_entries.photos) AS j
    ) WHERE hash NOT IN (SELECT hash FROM photos) LIMIT 100000`);
  const held = db.prepare('SELECT 1 FROM photos WHERE hash = ?');
  const chunk = db.prepare(
    'SELECT substr(bytes, ?, ?) AS bytes, length(bytes) AS total FROM photos WHERE hash = ?',
  );
  const partsHeld = db.prepare(
    'SELECT coalesce(sum(length(bytes)), 0) AS held, max(total) AS total FROM photo_parts WHERE hash = ?',
  );
  const insertPart = db.prepare(
    'INSERT OR IGNORE INTO photo_parts (hash, offset, total, bytes) VALUES (?, ?, ?, ?)',
  );
  const allParts = db
    .prepare('SELECT bytes FROM photo_parts WHERE hash = ? ORDER BY offset')
    .pluck();
  const dropParts = db.prepare('DELETE FROM photo_parts WHERE hash = ?');

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
      return (partsHeld.get(hash) as { held: number }).held;
    },
    /** The chunk at `offset` of a stored photo, or undefined if it is not stored here. */
    readChunk(hash: string, offset: number): { bytes: Buffer; total: number } | undefined {
      const row = chunk.get(offset + 1, photoChunkBytes, hash) as
        { bytes: Buffer; total: number } | undefined;
      return row && offset < row.total ? row : undefined;
    },
    /**
     * Keeps a received chunk. Returns the next offset to ask for, or 'done' once the photo is
     * complete, verified and stored. A chunk out of place is ignored (the next offset is asked
     * again); a wrong hash or an undecodable photo drops the parts and throws IMAGE_REJECTED.
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
      const state = partsHeld.get(hash) as { held: number; total: number | null };
      if (
        offset !== state.held ||
        (state.total !== null && state.total !== total) ||
        bytes.length === 0
      ) {
        return state.held;
      }
      if (offset + bytes.length > total) throw rejected(hash, 'size');
      // A photo that fits one chunk is never written in parts: one write (one fsync) per photo.
      const whole =
        offset === 0 && bytes.length === total
          ? bytes
          : (() => {
              insertPart.run(hash, offset, total, bytes);
              return offset + bytes.length < total
                ? undefined
                : Buffer.concat(allParts.all(hash) as Buffer[]);
            })();
      if (whole === undefined) return offset + bytes.length;
      if (createHash('sha256').update(whole).digest('hex') !== hash) {
        dropParts.run(hash);
        throw rejected(hash, 'hash');
      }
      const photo = await describe(whole, hash).catch((error: unknown) => {
        dropParts.run(hash);
        throw error;
      });
      db.transaction(() => {
        dropParts.run(hash);
        storePhoto(db, photo, clock.now());
      })();
      return 'done';
    },
  };
}

/** A photo store bound to one node. */
export type PhotoStore = ReturnType<typeof createPhotoStore>;

function rejected(hash: string, reason: string): SamanvayError {
  return new SamanvayError('IMAGE_REJECTED', undefined, { hash, reason });
}

/** Checks a received JPEG within the import limits and makes its thumbnail here. */
async function describe(bytes: Buffer, hash: string) {
  const sharp = await loadSharp();
  try {
    const input = { failOn: 'error', limitInputPixels: defaultPhotoLimits.maxPixels } as const;
    const metadata = await sharp(bytes, input).metadata();
    if (metadata.format !== 'jpeg' || !(metadata.width > 0 && metadata.height > 0))
      throw rejected(hash, 'format');
    const thumb = await sharp(bytes, input)
      .resize({
        width: photoSizes.thumbEdge,
        height: photoSizes.thumbEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
    return {
      hash,
      mime: 'image/jpeg' as const,
      width: metadata.width,
      height: metadata.height,
      bytes,
      thumb,
    };
  } catch (error) {
    throw error instanceof SamanvayError ? error : rejected(hash, 'undecodable');
  }
}
