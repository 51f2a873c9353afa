import { readdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryDb } from '../testing/memoryDb';
import { photoFilePath, photoFolder, readPhotoFile, writePhotoFile } from './photoFiles';
import { noiseBytes } from './photoTestKit';
import { sha256 } from './photoStorage';

/** Two photos of ~600 KB written as files (three segments each), with their keys. */
function twoPhotos() {
  const db = memoryDb();
  const photos = [noiseBytes(600_000, 1), noiseBytes(600_000, 2)].map((bytes) => {
    const hash = sha256(bytes);
    return { bytes, hash, key: writePhotoFile(db, hash, bytes) };
  });
  return { db, photos };
}

describe('photo files', () => {
  it('keeps each photo encrypted under its own key, named so the hash does not show', () => {
    const { db, photos } = twoPhotos();
    const [first, second] = photos;
    if (!first || !second) throw new Error('no photos');
    expect(first.key.equals(second.key)).toBe(false);
    const names = readdirSync(photoFolder(db).path);
    expect(names).toHaveLength(2);
    expect(names.some((name) => name.includes(first.hash) || name.includes(second.hash))).toBe(
      false,
    );
    const onDisk = readFileSync(photoFilePath(db, first.hash));
    expect(onDisk.includes(first.bytes.subarray(300_000, 300_032))).toBe(false);
    expect(readPhotoFile(db, first.hash, first.key, first.bytes.length).equals(first.bytes)).toBe(
      true,
    );
    // A range across a segment boundary, as a transfer serves it.
    const range = readPhotoFile(db, first.hash, first.key, first.bytes.length, 200_000, 150_000);
    expect(range.equals(first.bytes.subarray(200_000, 350_000))).toBe(true);
    // The same bytes written again get a new key and the same file name.
    const again = writePhotoFile(db, first.hash, first.bytes);
    expect(again.equals(first.key)).toBe(false);
    expect(readdirSync(photoFolder(db).path)).toHaveLength(2);
  });

  it('refuses a file altered, cut short, missing, or swapped for another photo’s', () => {
    const { db, photos } = twoPhotos();
    const [first, second] = photos;
    if (!first || !second) throw new Error('no photos');
    const read = (photo: typeof first) => () =>
      readPhotoFile(db, photo.hash, photo.key, photo.bytes.length);
    const damaged = expect.objectContaining({ code: 'PHOTO_DAMAGED' });

    const path = photoFilePath(db, first.hash);
    const original = readFileSync(path);
    const altered = Buffer.from(original);
    altered[400_000] = (altered[400_000] ?? 0) ^ 1;
    writeFileSync(path, altered);
    expect(read(first)).toThrow(damaged);

    writeFileSync(path, original);
    truncateSync(path, original.length - 1000);
    expect(read(first)).toThrow(damaged);
    // Cut at a segment boundary: the last whole segment is not marked last, so it still fails.
    writeFileSync(path, original.subarray(0, original.length - (600_000 - 2 * 262_144) - 32));
    expect(read(first)).toThrow(damaged);

    // The second photo's file under the first one's name, with the first one's key or its own.
    renameSync(photoFilePath(db, second.hash), path);
    expect(read(first)).toThrow(damaged);
    expect(() => readPhotoFile(db, first.hash, second.key, second.bytes.length)).toThrow(damaged);
    expect(read(second)).toThrow(damaged);
    expect(readdirSync(photoFolder(db).path)).toEqual([join(path).split('/').at(-1)]);
  });
});
