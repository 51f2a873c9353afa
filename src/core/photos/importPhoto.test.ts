import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SamanvayError } from '../../shared/errors';
import { memoryDb } from '../testing/memoryDb';
import {
  getPhoto,
  hasPhoto,
  missingPhotos,
  preparePhoto,
  storePhoto,
  type PhotoLimits,
} from './importPhoto';
import { cameraJpeg, noiseBytes, plain, pngBomb, texturedJpeg } from './photoTestKit';

async function refusal(bytes: Buffer, limits?: PhotoLimits): Promise<SamanvayError> {
  const error: unknown = await preparePhoto(bytes, limits).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof SamanvayError))
    throw new Error(`expected a SamanvayError: ${String(error)}`);
  return error;
}

describe('preparePhoto', () => {
  it('strips EXIF, GPS, XMP and the colour profile, after applying the orientation', async () => {
    const input = await cameraJpeg(6);
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer
    expect(before.xmp).toBeDefined();

    const photo = await preparePhoto(input);
    const after = await sharp(photo.bytes).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([200, 400]);
    expect([photo.width, photo.height]).toEqual([200, 400]);
    for (const secret of ['Constable Sharma', 'PhoneCo', 'XMP-INFORMANT']) {
      expect(photo.bytes.includes(secret)).toBe(false);
      expect(photo.thumb.includes(secret)).toBe(false);
    }
    const thumb = await sharp(photo.thumb).metadata();
    expect(thumb.exif).toBeUndefined();
    expect([thumb.width, thumb.height]).toEqual([128, 256]);
  });

  it('names a photo by the SHA-256 of its stored bytes, the same for the same input', async () => {
    const input = await cameraJpeg(1);
    const first = await preparePhoto(input);
    const second = await preparePhoto(Buffer.from(input));
    expect(first.hash).toBe(createHash('sha256').update(first.bytes).digest('hex'));
    expect(second.hash).toBe(first.hash);
    expect(first.mime).toBe('image/jpeg');
  });

  it.each([
    ['PNG', () => plain(300, 200).png().toBuffer()],
    ['PNG with transparency', () => plain(300, 200, '#ff000080').ensureAlpha(0.5).png().toBuffer()],
    ['WebP', () => plain(300, 200).webp().toBuffer()],
  ])('accepts %s and stores JPEG', async (_name, make) => {
    const photo = await preparePhoto(await make());
    const stored = await sharp(photo.bytes).metadata();
    expect(stored.format).toBe('jpeg');
    expect(stored.hasAlpha).toBe(false);
    expect([photo.width, photo.height]).toEqual([300, 200]);
  });

  it.each([
    ['GIF', () => plain(40, 30).gif().toBuffer()],
    ['TIFF', () => plain(40, 30).tiff().toBuffer()],
    ['AVIF', () => plain(40, 30).avif().toBuffer()],
    [
      'SVG',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30"/></svg>',
        ),
    ],
    ['BMP', async () => Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)])],
  ])('refuses %s as IMAGE_REJECTED', async (_name, make) => {
    expect((await refusal(await make())).code).toBe('IMAGE_REJECTED');
  });

  it.each([
    ['an empty buffer', async () => Buffer.alloc(0)],
    ['random bytes', async () => noiseBytes(4096)],
    ['a text file named .jpg', async () => Buffer.from('Suspect list: see register 14.\n')],
    [
      'a JPEG header followed by garbage',
      async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noiseBytes(4096)]),
    ],
    [
      'a JPEG cut in half',
      async () => {
        const whole = await texturedJpeg(640, 480);
        return whole.subarray(0, whole.length >> 1);
      },
    ],
    [
      'a PNG cut in half',
      async () => {
        const whole = await sharp(noiseBytes(200 * 200 * 3), {
          raw: { width: 200, height: 200, channels: 3 },
        })
          .png()
          .toBuffer();
        return whole.subarray(0, whole.length >> 1);
      },
    ],
    [
      'a PNG signature on a WebP',
      async () => {
        const webp = await plain(40, 30).webp().toBuffer();
        return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), webp]);
      },
    ],
  ])('refuses %s as IMAGE_REJECTED', async (_name, make) => {
    const error = await refusal(await make());
    expect(error.code).toBe('IMAGE_REJECTED');
    expect(JSON.stringify(error.details ?? {}).length).toBeLessThan(100);
  });

  it('refuses a decompression bomb as IMAGE_TOO_LARGE without decoding it', async () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(1024);
    const rssBefore = process.memoryUsage().rss;
    const error = await refusal(bomb);
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.details).toMatchObject({ reason: 'pixels' });
    // Decoding 400 megapixels would take at least 400 MB.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses an image over a lower pixel limit as IMAGE_TOO_LARGE', async () => {
    const input = await plain(1000, 1000).png().toBuffer();
    expect((await refusal(input, { maxPixels: 999_999 })).code).toBe('IMAGE_TOO_LARGE');
    await expect(preparePhoto(input, { maxPixels: 1_000_000 })).resolves.toBeDefined();
  });

  it('refuses a file over the byte limit as IMAGE_TOO_LARGE', async () => {
    const input = await texturedJpeg(320, 240);
    const error = await refusal(input, { maxBytes: input.length - 1 });
    expect(error.code).toBe('IMAGE_TOO_LARGE');
    expect(error.details).toMatchObject({ reason: 'bytes' });
    expect((await refusal(Buffer.alloc(20 * 1024 * 1024 + 1, 0xff))).code).toBe('IMAGE_TOO_LARGE');
  });

  it('shrinks a large photo to a 2048 px long edge and its thumbnail into 256 px', async () => {
    const photo = await preparePhoto(await plain(4000, 3000).jpeg().toBuffer());
    expect([photo.width, photo.height]).toEqual([2048, 1536]);
    const thumb = await sharp(photo.thumb).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 256, 192]);
  });

  it('never enlarges a small photo', async () => {
    const photo = await preparePhoto(await plain(120, 90).png().toBuffer());
    expect([photo.width, photo.height]).toEqual([120, 90]);
    const thumb = await sharp(photo.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([120, 90]);
  });
});

describe('photo storage', () => {
  it('stores a photo once under its hash and serves it at both sizes', async () => {
    const db = memoryDb();
    const photo = await preparePhoto(await cameraJpeg(6));
    storePhoto(db, photo, 1_000);
    storePhoto(db, await preparePhoto(await cameraJpeg(6)), 2_000);
    const rows = db.prepare('SELECT hash, added_at FROM photos').all();
    expect(rows).toEqual([{ hash: photo.hash, added_at: 1_000 }]);

    expect(getPhoto(db, photo.hash, 'full')).toEqual({
      mime: 'image/jpeg',
      bytes: photo.bytes,
      width: 200,
      height: 400,
    });
    expect(getPhoto(db, photo.hash, 'thumb')).toEqual({
      mime: 'image/jpeg',
      bytes: photo.thumb,
      width: 128,
      height: 256,
    });
    expect(getPhoto(db, 'f'.repeat(64), 'full')).toBeUndefined();
  });

  it('answers which photos are here and which are missing', async () => {
    const db = memoryDb();
    const stored = await preparePhoto(await plain(50, 50).png().toBuffer());
    storePhoto(db, stored, 1);
    const absent = 'a'.repeat(64);
    const other = 'b'.repeat(64);
    expect(hasPhoto(db, stored.hash)).toBe(true);
    expect(hasPhoto(db, absent)).toBe(false);
    expect(missingPhotos(db, [absent, stored.hash, other, absent])).toEqual([absent, other]);
    expect(missingPhotos(db, [])).toEqual([]);
  });

  it('refuses a photo whose hash does not match its bytes', async () => {
    const db = memoryDb();
    const photo = await preparePhoto(await plain(50, 50).png().toBuffer());
    expect(() => storePhoto(db, { ...photo, hash: 'c'.repeat(64) }, 1)).toThrow(
      expect.objectContaining({ code: 'IMAGE_REJECTED' }),
    );
    expect(hasPhoto(db, 'c'.repeat(64))).toBe(false);
  });
});
