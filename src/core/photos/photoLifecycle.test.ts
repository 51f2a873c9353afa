import { suspectExtraDefaults, suspectExtraSetDefaults } from '../../shared/domain/recordExtras';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rekey } from '../db/keySlots';
import { openNode } from '../node/openNode';
import { testPassphrase, tempNode } from '../testing/tempCore';
import { getPhoto } from './importPhoto';
import { photoFilePath } from './photoFiles';
import { plain } from './photoTestKit';

const suspect = {
  name: 'Ramesh Mahato',
  fatherName: '',
  age: 34,
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  dateOfBirth: null,
  sex: 'male' as const,
  address: '',
  marks: '',
  heightCm: 170,
  build: '',
  mo: '',
  gang: '',
  status: 'wanted' as const,
  reward: 0,
  primaryPhoto: null,
  sharing: 'network' as const,
  aliases: [],
  otherNames: [],
  phones: [],
  vehicles: [],
  photos: [],
};

describe('a photo’s file lives as long as a record refers to it', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function node() {
    let now = Date.UTC(2026, 10, 30, 6);
    const created = await tempNode({ now: () => now });
    cleanups.push(created.cleanup);
    const photo = async (colour: string) => {
      const data = (await plain(64, 80, colour).jpeg().toBuffer()).toString('base64');
      return (await created.api['photos.add']({ data })).hash;
    };
    return { ...created, photo, later: (ms: number) => (now += ms), clock: () => now };
  }

  it('removes the file when the photo is taken off the only record holding it, not before', async () => {
    const { api, context, photo } = await node();
    const kept = await photo('#224466');
    const shared = await photo('#664422');
    const { id } = await api['suspects.create']({ ...suspect, photos: [kept, shared] });
    const { id: other } = await api['suspects.create']({ ...suspect, photos: [shared] });
    const db = context.store.db;

    await api['suspects.removeValue']({ id, field: 'photos', value: shared });
    expect(existsSync(photoFilePath(db, shared))).toBe(true);
    expect(getPhoto(db, shared, 'full')).toBeDefined();

    await api['suspects.removeValue']({ id: other, field: 'photos', value: shared });
    expect(existsSync(photoFilePath(db, shared))).toBe(false);
    expect(getPhoto(db, shared, 'full')).toBeUndefined();
    expect(getPhoto(db, kept, 'full')).toBeDefined();
  });

  it('removes, at the first open a week after the last sweep, the files of deleted records and of imports never used', async () => {
    const { api, context, photo, later, clock } = await node();
    const unused = await photo('#123456');
    const onRecord = await photo('#654321');
    const { id } = await api['suspects.create']({ ...suspect, photos: [onRecord] });
    context.changeLog.write(
      [{ entity: 'suspect', recordId: id, op: 'delete', body: {} }],
      context.session.operatorId,
    );
    const db = context.store.db;
    const paths = [photoFilePath(db, unused), photoFilePath(db, onRecord)];
    const dbPath = context.store.dbPath;
    context.store.close();

    // Within the grace period an import waits for the record it was made for.
    const soon = await openNode({ dbPath, clock: { now: clock } }, { passphrase: testPassphrase });
    expect(paths.map((path) => existsSync(path))).toEqual([true, true]);
    soon.store.close();

    // An hour later the last sweep is too recent; a week later the next one runs.
    later(60 * 60_000);
    const early = await openNode({ dbPath, clock: { now: clock } }, { passphrase: testPassphrase });
    expect(paths.map((path) => existsSync(path))).toEqual([true, true]);
    early.store.close();
    later(7 * 24 * 60 * 60_000);
    const reopened = await openNode(
      { dbPath, clock: { now: clock } },
      { passphrase: testPassphrase },
    );
    expect(paths.map((path) => existsSync(path))).toEqual([false, false]);
    expect(reopened.store.db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(0);
    reopened.store.close();
  });

  it('reads every photo after the database key is rotated (the photo keys live inside it)', async () => {
    const { context, photo, clock } = await node();
    const hash = await photo('#336699');
    const before = getPhoto(context.store.db, hash, 'full')?.bytes;
    await rekey(context.store, { passphrase: testPassphrase });
    const dbPath = context.store.dbPath;
    context.store.close();
    const reopened = await openNode(
      { dbPath, clock: { now: clock } },
      { passphrase: testPassphrase },
    );
    try {
      expect(before).toBeDefined();
      expect(getPhoto(reopened.store.db, hash, 'full')?.bytes).toEqual(before);
    } finally {
      reopened.store.close();
    }
  });
});
