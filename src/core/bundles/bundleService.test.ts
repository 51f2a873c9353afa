import { logExtraDefaults } from '../../shared/domain/recordExtras';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticPortrait } from '../photos/syntheticPhoto';
import { dhanbadOffice } from '../testing/tempCore';
import { exportAck, exportBundle, importBundle } from './bundleService';
import { listBundleHistory } from './bundleStore';
import {
  asansolOffice,
  bundleNode,
  introduce,
  kulti,
  suspect,
  type TestNode,
} from './bundleTestKit';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function node(office = dhanbadOffice): Promise<TestNode> {
  const created = await bundleNode(office);
  cleanups.push(created.cleanup);
  return created;
}

/** Dhanbad and Asansol, each holding the other's signed node record (and so its bundle key). */
async function twoOffices(): Promise<{ a: TestNode; b: TestNode }> {
  const a = await node(dhanbadOffice);
  const b = await node(asansolOffice);
  introduce(a, b);
  introduce(b, a);
  return { a, b };
}

const count = (target: TestNode, table: string) =>
  (target.context.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('sync bundles', () => {
  it('carries cases, suspects, photos and log entries; previews first; importing twice changes nothing', async () => {
    const { a, b } = await twoOffices();
    const photo = await a.api['photos.add']({
      data: (await syntheticPortrait(3, { width: 300, height: 400 })).toString('base64'),
    });
    const { id: suspectId } = await a.api['suspects.create']({ ...suspect, photos: [photo.hash] });
    const { id: caseId } = await a.api['cases.create'](kulti);
    await a.api['cases.create']({ ...kulti, firNumber: '113', sharing: 'local' });
    await a.api['log.post']({
      category: 'information',
      text: 'Nakabandi at Chirkunda',
      urgent: false,
      ...logExtraDefaults,
      replyTo: null,
      caseIds: [caseId],
      suspectIds: [],
      vehicles: [],
      photos: [],
    });
    const file = join(a.dir, 'for-asansol.bundle');
    const exported = await exportBundle(a.context, { peer: b.nodeId, path: file });
    expect(exported).toMatchObject({ full: true, photos: 1 });

    const before = count(b, 'changes');
    const dry = await importBundle(b.context, { path: file, dryRun: true });
    expect(count(b, 'changes')).toBe(before);
    expect(dry.preview).toMatchObject({
      kind: 'changes',
      from: a.nodeId,
      fromOffice: 'jh-dhanbad',
      newPhotos: 1,
    });
    expect(dry.preview.offices).toEqual([
      expect.objectContaining({ office: 'jh-dhanbad', newCases: 1, newSuspects: 1, logEntries: 1 }),
    ]);
    expect(dry.preview.range?.from).toBeGreaterThan(0);

    const done = await importBundle(b.context, { path: file });
    expect(done.rejected).toEqual([]);
    expect(done.photosStored).toBe(1);
    expect((await b.api['suspects.detail']({ id: suspectId })).name).toBe('रमेश महतो');
    expect((await b.api['cases.detail']({ id: caseId })).firNumber).toBe('112');
    const fir113 = b.context.store.db.prepare("SELECT 1 FROM cases WHERE fir_number = '113'").get();
    expect(fir113).toBeUndefined();
    expect(await b.api['photos.get']({ hash: photo.hash, size: 'full' })).toMatchObject({
      hash: photo.hash,
    });

    const snapshot = [
      count(b, 'changes'),
      count(b, 'cases'),
      count(b, 'photos'),
      count(b, 'log_entries'),
    ];
    const again = await importBundle(b.context, { path: file });
    expect(again).toMatchObject({ applied: 0, photosStored: 0 });
    expect(again.preview.newChanges).toBe(0);
    expect([
      count(b, 'changes'),
      count(b, 'cases'),
      count(b, 'photos'),
      count(b, 'log_entries'),
    ]).toEqual(snapshot);
    expect(listBundleHistory(b.context.store.db).map((entry) => entry.direction)).toEqual([
      'import',
      'import',
    ]);
    expect(listBundleHistory(a.context.store.db)[0]).toMatchObject({
      direction: 'export',
      peer: b.nodeId,
      operator: 'Sunita Kumari',
    });
  });

  it('after an ack the next export is a delta; an older bundle after a newer changes nothing', async () => {
    const { a, b } = await twoOffices();
    await a.api['cases.create'](kulti);
    const first = join(a.dir, 'first.bundle');
    await exportBundle(a.context, { peer: b.nodeId, path: first });
    await importBundle(b.context, { path: first });
    const ack = join(b.dir, 'ack.bundle');
    expect(await exportAck(b.context, { path: ack })).toMatchObject({ peer: a.nodeId });
    const acked = await importBundle(a.context, { path: ack });
    expect(acked.preview.kind).toBe('ack');

    const { id: second } = await a.api['cases.create']({ ...kulti, firNumber: '114' });
    const delta = join(a.dir, 'delta.bundle');
    const exported = await exportBundle(a.context, { peer: b.nodeId, path: delta });
    expect(exported).toMatchObject({ full: false, commits: 1 });
    const full = await exportBundle(a.context, {
      peer: b.nodeId,
      path: join(a.dir, 'full.bundle'),
      full: true,
    });
    expect(full.commits).toBeGreaterThan(exported.commits);

    await importBundle(b.context, { path: delta });
    expect((await b.api['cases.detail']({ id: second })).firNumber).toBe('114');
    const snapshot = count(b, 'changes');
    const older = await importBundle(b.context, { path: first });
    expect(older.applied).toBe(0);
    expect(count(b, 'changes')).toBe(snapshot);
  });

  it('gives the usual page cache back once overlapping imports of one node have all ended', async () => {
    const { a, b } = await twoOffices();
    await a.api['cases.create'](kulti);
    const file = join(a.dir, 'for-asansol.bundle');
    await exportBundle(a.context, { peer: b.nodeId, path: file });
    const cache = () => b.context.store.db.pragma('cache_size', { simple: true });
    expect(cache()).toBe(-65536);
    const first = importBundle(b.context, { path: file, dryRun: true });
    const second = importBundle(b.context, { path: file });
    await Promise.all([first, second]);
    expect(cache()).toBe(-65536);
    await expect(
      importBundle(b.context, { path: join(a.dir, 'missing.bundle') }),
    ).rejects.toThrow();
    expect(cache()).toBe(-65536);
  });
});
