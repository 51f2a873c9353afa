import { createHash } from 'node:crypto';
import { SamanvayError } from '../../shared/errors';
import type { Db, ReadDb } from '../db/openDatabase';
import { jpegSize } from './jpegSize';
import { sniffImageFormat } from './sniffImage';
import { loadSharp } from './loadSharp';

/** How much an imported photo may weigh before it is decoded. */
export interface PhotoLimits {
  /** Largest accepted file, in bytes. */
  maxBytes?: number;
  /** Largest accepted image, in pixels (width × height), checked before decoding. */
  maxPixels?: number;
}

/** 20 MiB and 40 megapixels: any phone or camera photo, never a decompression bomb. */
export const defaultPhotoLimits: Required<PhotoLimits> = {
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 40_000_000,
};

/** The long edge of a stored photo and the box of its thumbnail, in pixels. */
export const photoSizes = { fullEdge: 2048, thumbEdge: 256 } as const;

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

/**
 * Refuses truncated or corrupt pixel data. ('warning', libvips' strictest level, would also
 * refuse intact camera files with harmless quirks such as stray bytes before a marker.)
 */
const failOn = 'error';

/**
 * Checks an untrusted image and turns it into what is stored: oriented by its EXIF tag, with
 * every piece of metadata removed (EXIF and GPS, XMP, IPTC; colours converted to sRGB),
 * transparency flattened on white, shrunk to a long edge of at most 2048 px (never enlarged)
 * and re-encoded as JPEG, plus a thumbnail that fits 256 × 256.
 *
 * Throws IMAGE_TOO_LARGE over the byte or pixel limit and IMAGE_REJECTED for anything that is
 * not an intact JPEG, PNG or WebP; no other error escapes. `details.reason` says which check.
 */
export async function preparePhoto(bytes: Buffer, limits?: PhotoLimits): Promise<PreparedPhoto> {
  const { maxBytes, maxPixels } = { ...defaultPhotoLimits, ...limits };
  if (bytes.length === 0) throw rejected('empty');
  if (bytes.length > maxBytes) {
    throw new SamanvayError('IMAGE_TOO_LARGE', undefined, { reason: 'bytes', limit: maxBytes });
  }
  const format = sniffImageFormat(bytes);
  if (format === undefined) throw rejected('format');
  const sharp = await loadSharp();
  try {
    const input = { failOn, limitInputPixels: maxPixels, pages: 1 } as const;
    const metadata = await sharp(bytes, input).metadata();
    if (metadata.format !== format) throw rejected('format');
    if (!(metadata.width > 0 && metadata.height > 0)) throw rejected('dimensions');
    if (metadata.width * metadata.height > maxPixels) throw tooManyPixels(maxPixels);

    const full = await sharp(bytes, input)
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .resize({
        width: photoSizes.fullEdge,
        height: photoSizes.fullEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      // mozjpeg would save ~15% here but made a 12-megapixel import several times slower.
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(full.data, { failOn })
      .resize({
        width: photoSizes.thumbEdge,
        height: photoSizes.thumbEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      // On a thumbnail mozjpeg costs a few milliseconds and saves ~20% on every gallery load.
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
    return {
      hash: sha256(full.data),
      mime: 'image/jpeg',
      width: full.info.width,
      height: full.info.height,
      bytes: full.data,
      thumb,
    };
  } catch (error) {
    throw classifyImageError(error, maxPixels);
  }
}

/**
 * Stores a prepared photo under its hash. Storing the same photo again changes nothing (the
 * first `added_at` stays). Refuses IMAGE_REJECTED if the hash does not match the bytes.
 */
export function storePhoto(db: Db, photo: PreparedPhoto, addedAt: number): void {
  if (sha256(photo.bytes) !== photo.hash) throw rejected('hash');
  db.prepare(
    `INSERT OR IGNORE INTO photos (hash, mime, width, height, bytes, thumb, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(photo.hash, photo.mime, photo.width, photo.height, photo.bytes, photo.thumb, addedAt);
}

interface PhotoRow {
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
}

/** A stored photo at full size or as its thumbnail, or undefined if it is not stored here. */
export function getPhoto(db: ReadDb, hash: string, size: 'thumb' | 'full'): PhotoImage | undefined {
  const column = size === 'thumb' ? 'thumb' : 'bytes';
  const row = db
    .prepare(`SELECT mime, width, height, ${column} AS bytes FROM photos WHERE hash = ?`)
    .get(hash) as PhotoRow | undefined;
  if (!row) return undefined;
  if (size === 'full') return row;
  const thumbSize = jpegSize(row.bytes) ?? fitInside(row, photoSizes.thumbEdge);
  return { mime: row.mime, bytes: row.bytes, ...thumbSize };
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

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Dimensions that fit a box of `edge` × `edge`, never enlarged. */
function fitInside(size: { width: number; height: number }, edge: number) {
  const scale = Math.min(1, edge / Math.max(size.width, size.height));
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

function rejected(reason: string): SamanvayError {
  return new SamanvayError('IMAGE_REJECTED', undefined, { reason });
}

function tooManyPixels(limit: number): SamanvayError {
  return new SamanvayError('IMAGE_TOO_LARGE', undefined, { reason: 'pixels', limit });
}

/**
 * Every failure becomes one of the two image codes. The decoder's message is not passed on:
 * it may quote the input, and the UI needs only the code.
 */
function classifyImageError(error: unknown, maxPixels: number): SamanvayError {
  if (error instanceof SamanvayError) return error;
  if (error instanceof Error && /pixel limit/i.test(error.message)) return tooManyPixels(maxPixels);
  return rejected('undecodable');
}
