import { freePort } from '../freePort';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNode, openNode } from '../../src/core/node/openNode';
import { preparePhoto, storePhoto } from '../../src/core/photos/importPhoto';
import { texturedJpeg } from '../../src/core/photos/photoTestKit';
import { addPeer } from '../../src/core/sync/peerStore';
import { photoFolder } from '../../src/core/photos/photoFiles';
import { photoChunkBytes } from '../../src/core/sync/photoTransfer';
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

const kills = Number(process.env.SAMANVAY_SYNC_KILLS ?? 2);
const bigPhotos = 3;

/** The other side of killNode.test: the node that holds the data (the sender) is killed. */
describe('kill -9 of the sending node, mid-changes and mid-photo', () => {
  let receiver: TestNode;
  let dir: string;
  let senderPath: string;
  let senderId: string;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samanvay-kill-sender-'));
    senderPath = join(dir, 'sender.db');
    const { context, nodeId } = await createNode(
      { dbPath: senderPath, kdf: testKdf, passphrase: testPassphrase },
      { office: officeFor('wb-adpc'), operator: { name: 'S', rank: 'SI' } },
    );
    senderId = nodeId;
    const write = (intents: Parameters<typeof context.changeLog.write>[0]) =>
      context.changeLog.write(intents, context.session.operatorId);
    for (let index = 0; index < 8; index += 1) {
      write(Array.from({ length: 500 }, () => createCase(newId(context.officeId))));
    }
    for (let index = 0; index < bigPhotos; index += 1) {
      // Photos of several chunks, so a kill can leave one half-received.
      const photo = await preparePhoto(await texturedJpeg(1900 - index * 10, 1500));
      expect(photo.bytes.length).toBeGreaterThan(photoChunkBytes * 2);
      storePhoto(context.store.db, photo, Date.now());
      write([
        {
          entity: 'suspect',
          recordId: newId(context.officeId),
          op: 'create',
          body: { fields: suspectFields(photo.hash) },
        },
      ]);
    }
    receiver = await startNode('R', { officeId: 'jh-dhanbad' });
    port = await freePort();
    addPeer(
      context.store.db,
      { nodeId: receiver.nodeId, officeId: receiver.context.officeId, address: receiver.address },
      Date.now(),
    );
    context.store.close();
    addPeer(
      receiver.context.store.db,
      { nodeId: senderId, officeId: context.officeId, address: `127.0.0.1:${port}` },
      Date.now(),
    );
  }, 120_000);

  afterAll(async () => {
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`the receiver keeps what was acknowledged, resumes photos from their parts, and converges`, async () => {
    const db = receiver.context.store.db;
    // Photos under way are `.part` files in the photo folder (it appears with the first one).
    const parts = () => {
      const folder = photoFolder(db).path;
      return existsSync(folder)
        ? readdirSync(folder).filter((name) => name.endsWith('.part')).length
        : 0;
    };
    const cases = () => db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    let sawParts = false;
    for (let round = 0; round < kills; round += 1) {
      const child = runSamanvay(['node', '--db', senderPath, '--listen', `127.0.0.1:${port}`]);
      if (round === 0) {
        // Kill mid-changes: as soon as the first of them has arrived. (Waiting for the child's
        // "connected" line instead could, on a loaded machine, let the whole transfer finish
        // first, leaving no photo for the next round to be killed in.)
        await until('the first changes', () => cases() > 0, 60_000);
      } else {
        // Kill as soon as part of a photo has arrived.
        await until('a photo part', () => parts() > 0, 60_000);
        sawParts = true;
      }
      child.child.kill('SIGKILL');
      expect((await child.exited).signal).toBe('SIGKILL');
    }
    const last = runSamanvay(['node', '--db', senderPath, '--listen', `127.0.0.1:${port}`]);
    await until('in sync with the sender', () => receiver.service.inSyncWith(senderId), 120_000);
    last.child.kill('SIGTERM');
    await last.exited;

    expect(sawParts || kills < 2).toBe(true);
    expect(db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(bigPhotos);
    expect(parts()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const sender = await openNode({ dbPath: senderPath }, { passphrase: testPassphrase });
    try {
      expect(sender.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(tablesDigest(db)).toBe(tablesDigest(sender.store.db));
    } finally {
      sender.store.close();
    }
  }, 300_000);
});
