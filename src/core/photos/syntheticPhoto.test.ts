import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preparePhoto } from './importPhoto';
import { syntheticPortrait } from './syntheticPhoto';

describe('syntheticPortrait', () => {
  it('gives the same JPEG for the same seed and a different one for another seed', async () => {
    const [first, again, other] = await Promise.all([
      syntheticPortrait(42),
      syntheticPortrait(42),
      syntheticPortrait(43),
    ]);
    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
  });

  it('is an 800 × 1000 JPEG the size of a real photo by default', async () => {
    const portrait = await syntheticPortrait(7);
    const metadata = await sharp(portrait).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 800, 1000]);
    expect(portrait.length).toBeGreaterThan(100 * 1024);
    expect(portrait.length).toBeLessThan(250 * 1024);
  });

  it('honours a requested size and passes photo import', async () => {
    const portrait = await syntheticPortrait(9, { width: 400, height: 500, quality: 80 });
    const photo = await preparePhoto(portrait);
    expect([photo.width, photo.height]).toEqual([400, 500]);
    const thumb = await sharp(photo.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([205, 256]);
  });
});
