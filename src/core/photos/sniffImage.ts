/** The only formats a photo may arrive in; everything is stored as JPEG. */
export type PhotoInputFormat = 'jpeg' | 'png' | 'webp';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The format named by the file's leading magic bytes, or undefined for anything that is not
 * JPEG, PNG or WebP (GIF, TIFF, SVG, HEIC/AVIF, BMP, text…). The decoder's own detection is
 * checked as well: both must agree before a byte is decoded.
 */
export function sniffImageFormat(bytes: Uint8Array): PhotoInputFormat | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'jpeg';
  }
  if (bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 8).equals(pngSignature)) {
    return 'png';
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return 'webp';
  }
  return undefined;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}
