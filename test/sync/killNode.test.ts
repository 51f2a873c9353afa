import { freePort } from '../freePort';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNode, openNode } from '../../src/core/node/openNode';
import { getPhoto, preparePhoto, storePhoto } from '../../src/core/photos/importPhoto';
import { photoFolder } from '../../src/core/photos/photoFiles';
import { syntheticPortrait } from '../../src/core/photos/syntheticPhoto';
import { addPeer } from '../../src/core/sync/peerStore';
import { testKdf, testPassphrase } from '../../src/core/testing/tempCore';
import { runSamanvay } from './nodeProcess';
import {
  createCase,
  newId,
  officeFor,
  startNode,
  suspectFields,
  tablesDigest,
  until,
  type TestNode,
} from './syncKit';

const kills = Number(process.env.SAMANVAY_SYNC_KILLS ?? 3);
const changeTarget = Number(process.env.SAMANVAY_SYNC_KILL_CHANGES ?? 12_000);
const photoCount = Number(process.env.SAMANVAY_SYNC_KILL_PHOTOS ?? 12);

async function addPhotoSuspect(node: TestNode, seed: number): Promise<void> {
  const photo = await preparePhoto(await syntheticPortrait(seed));
  storePhoto(node.context.store.db, photo, Date.now());
  node.write([
    {
      entity: 'suspect',
      recordId: newId(node.context.officeId),
      op: 'create',
      body: { fields: suspectFields(photo.hash) },
    },
  ]);
}

describe('kill -9 of a headless node during sync', () => {
  let a: TestNode;
  let dir: string;
  let bPath: string;
  let bId: string;
  let port: number;

  beforeAll(async () => {
    a = await startNode('A', { officeId: 'jh-dhanbad' });
    for (let written = 0; written < changeTarget; written += 500) {
      a.write(Array.from({ length: 500 }, () => createCase(newId(a.context.officeId))));
    }
    for (let index = 0; index < photoCount; index += 1) {
      const photo = await preparePhoto(await syntheticPortrait(100 + index));
      storePhoto(a.context.store.db, photo, Date.now());
      a.write([
        {
          entity: 'suspect',
          recordId: newId(a.context.officeId),
          op: 'create',
          body: { fields: suspectFields(photo.hash) },
        },
      ]);
    }
    dir = mkdtempSync(join(tmpdir(), 'samanvay-kill-'));
    bPath = join(dir, 'b.db');
    const created = await createNode(
      { dbPath: bPath, kdf: testKdf, passphrase: testPassphrase },
      { office: officeFor('wb-adpc'), operator: { name: 'B', rank: 'SI' } },
    );
    bId = created.nodeId;
    port = await freePort();
    addPeer(
      created.context.store.db,
      { nodeId: a.nodeId, officeId: a.context.officeId, address: a.address },
      Date.now(),
    );
    created.context.store.close();
    addPeer(
      a.context.store.db,
      { nodeId: bId, officeId: 'wb-adpc', address: `127.0.0.1:${port}` },
      Date.now(),
    );
  }, 180_000);

  afterAll(async () => {
    await a.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`converges after ${kills} kills during the initial sync and the photo transfer`, async () => {
    let photos = photoCount;
    for (let round = 0; round < kills; round += 1) {
      // Each round brings more to send, so the kill always lands mid-transfer.
      a.write(Array.from({ length: 2000 }, () => createCase(newId(a.context.officeId))));
      await addPhotoSuspect(a, 300 + round);
      photos += 1;
      const child = runSamanvay(['node', '--db', bPath, '--listen', `127.0.0.1:${port}`]);
      // Odd rounds: kill once photos flow; even rounds: at a random point of the change stream.
      await child.waitFor(round % 2 === 1 ? /photo [0-9a-f]+/ : /connected/, 60_000);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 250)));
      child.child.kill('SIGKILL');
      const ended = await child.exited;
      expect(ended.signal).toBe('SIGKILL');
    }
    const last = runSamanvay(['node', '--db', bPath, '--listen', `127.0.0.1:${port}`]);
    await until('A and B in sync', () => a.service.inSyncWith(bId), 120_000);
    last.child.kill('SIGTERM');
    expect((await last.exited).code).toBe(0);
    // `sync --once` from B ends when B also holds every photo A has.
    const once = runSamanvay(['sync', '--db', bPath, '--peer', a.nodeId, '--once', '--json']);
    const ended = await once.exited;
    expect({ code: ended.code, stderr: once.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(once.lines[0] ?? '{}')).toMatchObject({ peer: a.nodeId, inSync: true });

    const b = await openNode({ dbPath: bPath }, { passphrase: testPassphrase });
    try {
      expect(b.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = (node: typeof b.store.db) =>
        node.prepare('SELECT count(*) FROM changes').pluck().get() as number;
      const aChanges = count(a.context.store.db);
      expect(count(b.store.db)).toBe(aChanges);
      expect(tablesDigest(b.store.db)).toBe(tablesDigest(a.context.store.db));
      expect(b.store.db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(photos);
      // Every photo whole and readable, and no transfer left half-written.
      const hashes = b.store.db.prepare('SELECT hash FROM photos').pluck().all() as string[];
      for (const hash of hashes)
        expect(
          getPhoto(b.store.db, hash, 'full')?.bytes.equals(
            getPhoto(a.context.store.db, hash, 'full')?.bytes ?? Buffer.alloc(0),
          ),
        ).toBe(true);
      expect(readdirSync(photoFolder(b.store.db).path).filter((n) => n.endsWith('.part'))).toEqual(
        [],
      );
    } finally {
      b.store.close();
    }
  }, 300_000);
});
