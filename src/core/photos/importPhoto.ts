import { SamanvayError } from '../../shared/errors';
import { photoSizes, sha256, type PreparedPhoto } from './photoStorage';
import { sniffImageFormat } from './sniffImage';
import { loadSharp } from './loadSharp';

export {
  getPhoto,
  hasPhoto,
  missingPhotos,
  photoSizes,
  storePhoto,
  type PhotoImage,
  type PreparedPhoto,
} from './photoStorage';

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
