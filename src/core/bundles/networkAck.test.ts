import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addPeer } from '../sync/peerStore';
import { createSyncService } from '../sync/syncService';
import { dhanbadOffice } from '../testing/tempCore';
import { exportBundle } from './bundleService';
import { acknowledgedVector } from './bundleStore';
import { asansolOffice, bundleNode, introduce, kulti } from './bundleTestKit';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('an acknowledgement over the network', () => {
  it('counts for bundles: after a sync the next bundle for that peer is an empty delta', async () => {
    const a = await bundleNode(dhanbadOffice);
    const b = await bundleNode(asansolOffice);
    cleanups.push(a.cleanup, b.cleanup);
    introduce(a, b);
    introduce(b, a);
    await a.api['cases.create'](kulti);
    const timing = { heartbeatMs: 100, deadAfterMs: 3000, ackTimeoutMs: 600 };
    const serviceB = createSyncService({
      context: b.context,
      listen: { host: '127.0.0.1', port: 0 },
      timing,
    });
    const { port } = await serviceB.start();
    cleanups.push(() => serviceB.stop());
    addPeer(
      a.context.store.db,
      { nodeId: b.nodeId, officeId: b.context.officeId, address: `127.0.0.1:${port ?? 0}` },
      Date.now(),
    );
    addPeer(
      b.context.store.db,
      { nodeId: a.nodeId, officeId: a.context.officeId, address: '127.0.0.1:1' },
      Date.now(),
    );
    const serviceA = createSyncService({
      context: a.context,
      timing,
      backoff: { baseMs: 50, maxMs: 200 },
    });
    await serviceA.start();
    cleanups.push(() => serviceA.stop());
    const deadline = Date.now() + 15_000;
    while (!serviceA.inSyncWith(b.nodeId)) {
      if (Date.now() > deadline) throw new Error('no sync');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(acknowledgedVector(a.context.store.db, b.nodeId)[a.nodeId]).toBeGreaterThan(1);
    const exported = await exportBundle(a.context, {
      peer: b.nodeId,
      path: join(a.dir, 'after.bundle'),
    });
    expect(exported).toMatchObject({ full: false, commits: 0, changes: 0 });
  });
});
