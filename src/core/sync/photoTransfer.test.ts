import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preparePhoto, storePhoto, getPhoto } from '../photos/importPhoto';
import { createPhotoFile, partFilePath, photoFolder } from '../photos/photoFiles';
import { sha256 } from '../photos/photoStorage';
import { texturedJpeg } from '../photos/photoTestKit';
import { memoryDb } from '../testing/memoryDb';
import { createPhotoStore, photoChunkBytes } from './photoTransfer';

const clock = { now: () => 1_764_000_000_000 };

describe('photo transfer by chunks', () => {
  it('resumes after a crash from the last chunk on disk, verifies the hash and makes the thumbnail after', async () => {
    const photo = await preparePhoto(await texturedJpeg(1800, 1400));
    expect(photo.bytes.length).toBeGreaterThan(2 * photoChunkBytes);
    const source = memoryDb();
    storePhoto(source, photo, clock.now());
    const sender = createPhotoStore(source, clock);
    const target = memoryDb();

    // Two chunks arrive, then the process dies (the store is never closed): a torn third
    // chunk is left half-written at the end of the temp file.
    const crashed = createPhotoStore(target, clock);
    let offset = 0;
    for (let index = 0; index < 2; index += 1) {
      const chunk = sender.readChunk(photo.hash, offset);
      if (!chunk) throw new Error('no chunk');
      offset = (await crashed.accept(photo.hash, offset, chunk.total, chunk.bytes)) as number;
    }
    appendFileSync(partFilePath(target, photo.hash), Buffer.alloc(1000, 7));

    const receiver = createPhotoStore(target, clock);
    offset = receiver.resumeOffset(photo.hash);
    expect(offset).toBe(2 * photoChunkBytes);
    const first = sender.readChunk(photo.hash, 0);
    if (!first) throw new Error('no chunk');
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
    await receiver.thumbnailsDone();
    expect(getPhoto(target, photo.hash, 'thumb')?.width).toBeLessThanOrEqual(256);
    // One file, no temp file left, and no plain photo bytes on disk.
    const files = readdirSync(photoFolder(target).path);
    expect(files).toHaveLength(1);
    const onDisk = readFileSync(`${photoFolder(target).path}/${files[0] ?? ''}`);
    expect(onDisk.includes(photo.bytes.subarray(0, 64))).toBe(false);
    expect(onDisk.includes(photo.bytes.subarray(100_000, 100_064))).toBe(false);
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
    expect(readdirSync(photoFolder(target).path)).toEqual([]);

    // Forged bytes for a photo already held here leave the photo as it was.
    storePhoto(target, photo, clock.now());
    await expect(receiver.accept(photo.hash, 0, forged.length, forged)).rejects.toMatchObject({
      code: 'IMAGE_REJECTED',
    });
    expect(getPhoto(target, photo.hash, 'full')?.bytes.equals(photo.bytes)).toBe(true);
  });

  it('removes a photo with the right hash that does not decode, once its thumbnail fails', async () => {
    const photo = await preparePhoto(await texturedJpeg(300, 300));
    // A JPEG header that promises pixels, followed by garbage: the hash is its own.
    const broken = Buffer.concat([photo.bytes.subarray(0, 700), Buffer.alloc(5000, 0x55)]);
    const hash = sha256(broken);
    const target = memoryDb();
    const undecodable: string[] = [];
    const receiver = createPhotoStore(target, clock, { undecodable: (h) => undecodable.push(h) });
    expect(await receiver.accept(hash, 0, broken.length, broken)).toBe('done');
    await receiver.thumbnailsDone();
    expect(undecodable).toEqual([hash]);
    expect(receiver.has(hash)).toBe(false);
    expect(readdirSync(photoFolder(target).path)).toEqual([]);
  });

  it('fetches again a one-chunk photo whose whole file was written but not yet placed at the crash', async () => {
    const photo = await preparePhoto(await texturedJpeg(300, 300));
    const target = memoryDb();
    const cut = createPhotoFile(target, photo.hash, photo.bytes.length);
    cut.append(photo.bytes);
    const receiver = createPhotoStore(target, clock);
    expect(receiver.resumeOffset(photo.hash)).toBe(0);
    expect(await receiver.accept(photo.hash, 0, photo.bytes.length, photo.bytes)).toBe('done');
    expect(getPhoto(target, photo.hash, 'full')?.bytes.equals(photo.bytes)).toBe(true);
    expect(getPhoto(target, photo.hash, 'full')?.width).toBe(photo.width);
    await receiver.close();
  });
});

describe('which photos a peer may fetch', () => {
  it('serves a photo only while a shared, applied change names it, also one named after the first look', () => {
    const db = memoryDb();
    const hash = (digit: string) => digit.repeat(64);
    let seq = 0;
    const name = (photo: string, options: { local?: number; status?: string } = {}) => {
      seq += 1;
      db.prepare(
        `INSERT INTO changes (origin, seq, hlc, office, operator, entity, record_id, op, body,
           commit_last_seq, status, local) VALUES ('n1', ?, 'h', 'o', 'p', 'suspect', ?, 'update', ?, ?, ?, ?)`,
      ).run(
        seq,
        `o:s${seq}`,
        JSON.stringify({ fields: { primaryPhoto: photo } }),
        seq,
        options.status ?? 'applied',
        options.local ?? 0,
      );
      return seq;
    };
    name(hash('1'));
    name(hash('2'), { local: 1 });
    const pending = name(hash('3'), { status: 'pending' });
    const store = createPhotoStore(db, clock);
    expect(store.mayServe(hash('1'))).toBe(true);
    expect(store.mayServe(hash('2'))).toBe(false);
    expect(store.mayServe(hash('3'))).toBe(false);
    expect(store.mayServe('not a hash')).toBe(false);
    // Named or applied after the first look: still found.
    name(hash('4'));
    db.prepare("UPDATE changes SET status = 'applied' WHERE seq = ?").run(pending);
    expect(store.mayServe(hash('4'))).toBe(true);
    expect(store.mayServe(hash('3'))).toBe(true);
    expect(store.mayServe(hash('2'))).toBe(false);
  });
});
