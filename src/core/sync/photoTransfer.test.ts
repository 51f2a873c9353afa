import { describe, expect, it } from 'vitest';
import { preparePhoto, storePhoto, getPhoto } from '../photos/importPhoto';
import { texturedJpeg } from '../photos/photoTestKit';
import { memoryDb } from '../testing/memoryDb';
import { createPhotoStore, photoChunkBytes } from './photoTransfer';

const clock = { now: () => 1_764_000_000_000 };

describe('photo transfer by chunks', () => {
  it('resumes from the last chunk kept, verifies the hash and makes the thumbnail here', async () => {
    const photo = await preparePhoto(await texturedJpeg(1800, 1400));
    expect(photo.bytes.length).toBeGreaterThan(photoChunkBytes);
    const source = memoryDb();
    storePhoto(source, photo, clock.now());
    const sender = createPhotoStore(source, clock);
    const target = memoryDb();

    // The first chunk arrives, then the connection drops: a new session resumes after it.
    const first = sender.readChunk(photo.hash, 0);
    if (!first) throw new Error('no chunk');
    expect(
      await createPhotoStore(target, clock).accept(photo.hash, 0, first.total, first.bytes),
    ).toBe(first.bytes.length);
    const receiver = createPhotoStore(target, clock);
    let offset = receiver.resumeOffset(photo.hash);
    expect(offset).toBe(photoChunkBytes);
    // A duplicate of a chunk already kept changes nothing.
    expect(await receiver.accept(photo.hash, 0, first.total, first.bytes)).toBe(offset);
    for (;;) {
      const chunk = sender.readChunk(photo.hash, offset);
      if (!chunk) throw new Error('short');
      const next = await receiver.accept(photo.hash, offset, chunk.total, chunk.bytes);
      if (next === 'done') break;
      offset = next;
    }
    expect(getPhoto(target, photo.hash, 'full')?.bytes.equals(photo.bytes)).toBe(true);
    expect(getPhoto(target, photo.hash, 'thumb')?.width).toBeLessThanOrEqual(256);
    expect(target.prepare('SELECT count(*) FROM photo_parts').pluck().get()).toBe(0);
  });

  it('refuses bytes that do not hash to the name, and keeps nothing of them', async () => {
    const photo = await preparePhoto(await texturedJpeg(300, 300));
    const target = memoryDb();
    const receiver = createPhotoStore(target, clock);
    const forged = Buffer.from(photo.bytes);
    forged[forged.length - 10] = (forged[forged.length - 10] ?? 0) ^ 0xff;
    await expect(receiver.accept(photo.hash, 0, forged.length, forged)).rejects.toMatchObject({
      code: 'IMAGE_REJECTED',
    });
    expect(receiver.has(photo.hash)).toBe(false);
    expect(target.prepare('SELECT count(*) FROM photo_parts').pluck().get()).toBe(0);
  });
});
