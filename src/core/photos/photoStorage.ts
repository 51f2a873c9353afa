import { createHash } from 'node:crypto';
import { SamanvayError } from '../../shared/errors';
import type { Db, ReadDb } from '../db/openDatabase';
import { jpegSize } from './jpegSize';
import { readPhotoFile, removePhotoFile, writePhotoFile } from './photoFiles';

/** A photo ready to store: re-encoded JPEG with no metadata, and its thumbnail. */
export interface PreparedPhoto {
  /** SHA-256 (lower-case hex) of `bytes`: the photo's identity everywhere. */
  hash: string;
  mime: 'image/jpeg';
  width: number;
  height: number;
  bytes: Buffer;
  thumb: Buffer;
}

/** A stored photo or its thumbnail, as served to the UI or a peer. */
export interface PhotoImage {
  mime: string;
  bytes: Buffer;
  width: number;
  height: number;
}

/** The long edge of a stored photo and the box of its thumbnail, in pixels. */
export const photoSizes = { fullEdge: 2048, thumbEdge: 256 } as const;

/** A stored photo's row: where its file is and how to read it. */
export interface PhotoRecord {
  hash: string;
  mime: string;
  width: number;
  height: number;
  size: number;
  fileKey: Buffer;
}

/**
 * Stores a prepared photo under its hash: its encrypted file first (temp file, fsync,
 * rename), then its row. Storing the same photo again changes nothing (the first `added_at`
 * stays). Refuses IMAGE_REJECTED if the hash does not match the bytes.
 */
export function storePhoto(db: Db, photo: PreparedPhoto, addedAt: number): void {
  if (sha256(photo.bytes) !== photo.hash) throw rejected('hash');
  if (hasPhoto(db, photo.hash)) return;
  const key = writePhotoFile(db, photo.hash, photo.bytes);
  insertPhotoRow(
    db,
    { ...photo, size: photo.bytes.length, fileKey: key, thumb: photo.thumb },
    addedAt,
  );
}

/** Records a photo whose file is already in place (a thumbnail may follow later). */
export function insertPhotoRow(
  db: Db,
  photo: PhotoRecord & { thumb: Buffer | null },
  addedAt: number,
): void {
  db.prepare(
    `INSERT INTO photos (hash, mime, width, height, size, file_key, thumb, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (hash) DO UPDATE SET file_key = excluded.file_key, size = excluded.size`,
  ).run(
    photo.hash,
    photo.mime,
    photo.width,
    photo.height,
    photo.size,
    photo.fileKey,
    photo.thumb,
    addedAt,
  );
}

/** A stored photo's row, or undefined if it is not stored here. */
export function photoRecord(db: ReadDb, hash: string): PhotoRecord | undefined {
  const row = db
    .prepare(
      'SELECT hash, mime, width, height, size, file_key AS fileKey FROM photos WHERE hash = ?',
    )
    .get(hash) as PhotoRecord | undefined;
  return row;
}

/**
 * A stored photo at full size (decrypted from its file) or as its thumbnail, or undefined if
 * it is not stored here (or its thumbnail is not made yet). PHOTO_DAMAGED if its file is
 * missing or altered.
 */
export function getPhoto(db: ReadDb, hash: string, size: 'thumb' | 'full'): PhotoImage | undefined {
  if (size === 'thumb') {
    const row = db
      .prepare('SELECT mime, width, height, thumb FROM photos WHERE hash = ?')
      .get(hash) as
      { mime: string; width: number; height: number; thumb: Buffer | null } | undefined;
    if (!row?.thumb) return undefined;
    const thumbSize = jpegSize(row.thumb) ?? fitInside(row, photoSizes.thumbEdge);
    return { mime: row.mime, bytes: row.thumb, ...thumbSize };
  }
  const record = photoRecord(db, hash);
  if (!record) return undefined;
  const bytes = readPhotoFile(db, hash, record.fileKey, record.size);
  return { mime: record.mime, width: record.width, height: record.height, bytes };
}

/** Whether a photo with this hash is stored here. */
export function hasPhoto(db: ReadDb, hash: string): boolean {
  return db.prepare('SELECT 1 FROM photos WHERE hash = ?').get(hash) !== undefined;
}

/** The hashes, of those given, that are not stored here: once each, in the order given. */
export function missingPhotos(db: ReadDb, hashes: string[]): string[] {
  const lookup = db.prepare('SELECT 1 FROM photos WHERE hash = ?');
  const missing = new Set<string>();
  for (const hash of hashes) {
    if (!missing.has(hash) && lookup.get(hash) === undefined) missing.add(hash);
  }
  return [...missing];
}

/**
 * Every photo hash a live record refers to (a suspect's photos, a log entry's photos), as SQL.
 * A deleted record refers to nothing.
 */
export const referencedPhotosSql = `
  SELECT primary_photo AS hash FROM suspects WHERE primary_photo IS NOT NULL AND deleted = 0
  UNION SELECT e.value FROM set_elements e WHERE e.field = 'photos' AND e.removed = 0
    AND NOT EXISTS (SELECT 1 FROM suspects s
      WHERE e.entity = 'suspect' AND s.id = e.record_id AND s.deleted = 1)
  UNION SELECT j.value FROM log_entries, json_each(log_entries.photos) AS j
    WHERE log_entries.photos <> '[]' AND log_entries.deleted = 0
  UNION SELECT photo FROM lookouts WHERE photo IS NOT NULL AND deleted = 0`;

/**
 * Removes the photos no record refers to any more, row first, then file (a crash between
 * leaves only an unreadable file, never a row without its file). Photos added less than
 * `graceMs` ago are kept: an import is stored a moment before the change that refers to it.
 * `only` limits it to one photo (one just taken off a record: no grace then). Returns the
 * hashes removed.
 */
export function removeUnreferencedPhotos(
  db: Db,
  now: number,
  options: { graceMs?: number; only?: string } = {},
): string[] {
  const { graceMs = 10 * 60_000, only } = options;
  const hashes = db
    .prepare(
      `SELECT hash FROM photos WHERE added_at <= ? AND (? IS NULL OR hash = ?)
        AND hash NOT IN (${referencedPhotosSql})`,
    )
    .pluck()
    .all(now - graceMs, only ?? null, only ?? null) as string[];
  if (hashes.length === 0) return [];
  const remove = db.prepare('DELETE FROM photos WHERE hash = ?');
  db.transaction(() => {
    for (const hash of hashes) remove.run(hash);
  })();
  for (const hash of hashes) removePhotoFile(db, hash);
  return hashes;
}

/** SHA-256 in lower-case hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Dimensions that fit a box of `edge` × `edge`, never enlarged. */
export function fitInside(size: { width: number; height: number }, edge: number) {
  const scale = Math.min(1, edge / Math.max(size.width, size.height));
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

function rejected(reason: string): SamanvayError {
  return new SamanvayError('IMAGE_REJECTED', undefined, { reason });
}

/** How often an open sweeps the photos no record refers to (a full scan: ~0.5 s per 500k log entries). */
export const photoSweepEveryMs = 7 * 24 * 60 * 60_000;

/**
 * At most once a week (the sweep reads every log entry's photo list, too slow for every
 * unlock), removes the photos no record refers to any more: those of deleted records, and
 * imports never attached. A photo taken off a record goes at once (`suspects.removeValue`).
 */
export function sweepPhotosIfDue(db: Db, now: number): string[] {
  const last = db.prepare("SELECT value FROM meta WHERE key = 'photos.lastSweep'").pluck().get() as
    string | undefined;
  if (last !== undefined && now - Number(last) < photoSweepEveryMs) return [];
  const removed = removeUnreferencedPhotos(db, now);
  db.prepare(
    "INSERT INTO meta (key, value) VALUES ('photos.lastSweep', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(String(now));
  return removed;
}
