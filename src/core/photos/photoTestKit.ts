import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

// Images made for the photo tests: real encoders where they exist, hand-built bytes where a
// test needs a file no encoder would write.

/** A flat-coloured image of the given size, as a sharp pipeline to encode. */
export function plain(width: number, height: number, background = '#4a6fa5') {
  return sharp({ create: { width, height, channels: 3, background } });
}

/** A JPEG with EXIF (including GPS and an orientation tag), XMP and a Display P3 profile. */
export async function cameraJpeg(orientation: number): Promise<Buffer> {
  const xmp =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XMP-INFORMANT</dc:creator>' +
    '</rdf:Description></rdf:RDF></x:xmpmeta>';
  return plain(400, 200)
    .withExif({
      IFD0: { Artist: 'Constable Sharma', Make: 'PhoneCo' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '26/1 30/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '88/1 20/1 0/1',
      },
    })
    .withMetadata({ orientation })
    .withXmp(xmp)
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}

/** Buffer of one PNG chunk: length, type, data, CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A well-formed PNG whose header claims `width` × `height` single-colour grey pixels, with a
 * first row of real compressed data: a few hundred bytes that would decode to gigabytes.
 */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const firstRow = deflateSync(Buffer.alloc(width + 1));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', firstRow),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Deterministic bytes that are not an image. */
export function noiseBytes(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A photo-like JPEG: noise over a gradient, so its scan data fills the file. */
export async function texturedJpeg(width: number, height: number): Promise<Buffer> {
  const raw = noiseBytes(width * height * 3, width);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .blur(1.5)
    .jpeg({ quality: 90 })
    .toBuffer();
}
