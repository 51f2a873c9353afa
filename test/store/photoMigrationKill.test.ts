import {
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../src/shared/domain/recordExtras';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/core/db/migrations';
import { openNode } from '../../src/core/node/openNode';
import { getPhoto } from '../../src/core/photos/photoStorage';
import { photoFolder } from '../../src/core/photos/photoFiles';
import { noiseBytes } from '../../src/core/photos/photoTestKit';
import { sha256 } from '../../src/core/photos/photoStorage';
import { testPassphrase, tempNode } from '../../src/core/testing/tempCore';
import { runChild } from './childProcess';

describe('moving photos out of the database survives kill -9', () => {
  const cleanups: Array<() => void> = [];
  afterAll(() => cleanups.forEach((cleanup) => cleanup()));

  it('loses no photo when the move is killed half-way, and the next open completes it', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const photos = Array.from({ length: 6 }, (_, index) => noiseBytes(300_000, 10 + index)).map(
      (bytes) => ({ bytes, hash: sha256(bytes) }),
    );
    await node.api['suspects.create']({
      name: 'Ramesh Mahato',
      fatherName: '',
      age: 34,
      ...suspectExtraDefaults,
      ...suspectExtraSetDefaults,
      dateOfBirth: null,
      sex: 'male',
      address: '',
      marks: '',
      heightCm: 170,
      build: '',
      mo: '',
      gang: '',
      status: 'wanted',
      reward: 0,
      primaryPhoto: null,
      sharing: 'network',
      aliases: [],
      otherNames: [],
      phones: [],
      vehicles: [],
      photos: photos.map((photo) => photo.hash),
    });
    // As migration 005 leaves a database that held photos: their bytes still in `photos_in_db`,
    // to be moved out to files at the next open.
    const { db, dbPath } = node.context.store;
    db.exec(`
      DELETE FROM photos;
      CREATE TABLE photos_in_db (hash TEXT PRIMARY KEY, mime TEXT NOT NULL, width INTEGER NOT NULL,
        height INTEGER NOT NULL, bytes BLOB NOT NULL, thumb BLOB NOT NULL, added_at INTEGER NOT NULL) STRICT;
    `);
    const insert = db.prepare(
      'INSERT INTO photos_in_db (hash, mime, width, height, bytes, thumb, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const photo of photos)
      insert.run(photo.hash, 'image/jpeg', 600, 500, photo.bytes, Buffer.from('t'), 1);
    node.context.store.close();

    const run = await runChild(
      'photoMoveChild.ts',
      { dbPath, passphrase: testPassphrase, pauseAfter: 3 },
      (line) =>
        line.startsWith('file-written') && line.includes(photos[2]?.hash ?? '-') ? 0 : undefined,
    );
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(run.lines.filter((line) => line.startsWith('moved'))).toHaveLength(2);
    expect(run.lines).not.toContain('finished');

    const reopened = await openNode({ dbPath }, { passphrase: testPassphrase });
    try {
      const rdb = reopened.store.db;
      for (const photo of photos)
        expect(getPhoto(rdb, photo.hash, 'full')?.bytes.equals(photo.bytes)).toBe(true);
      expect(
        rdb.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'photos_in_db'").pluck().get(),
      ).toBe(0);
      expect(rdb.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(readdirSync(photoFolder(rdb).path).sort()).toHaveLength(6);
    } finally {
      reopened.store.close();
    }
  });
});
