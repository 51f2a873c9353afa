import { afterEach, describe, expect, it } from 'vitest';
import { getPhoto, preparePhoto, storePhoto, hasPhoto } from '../../src/core/photos/importPhoto';
import { syntheticPortrait } from '../../src/core/photos/syntheticPhoto';
import { addPeer } from '../../src/core/sync/peerStore';
import { readSyncLog } from '../../src/core/sync/syncLog';
import {
  createCase,
  holds,
  newId,
  pair,
  startNode,
  suspectFields,
  tablesDigest,
  until,
  type TestNode,
} from './syncKit';

const open: TestNode[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((node) => node.close()));
});

async function start(name: string, officeId: string): Promise<TestNode> {
  const node = await startNode(name, { officeId });
  open.push(node);
  return node;
}

describe('a mesh of offices', () => {
  it('relays A → B → C and back, keeping local-only records home, redacted but verifiable', async () => {
    const a = await start('A', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    const c = await start('C', 'wb-purulia');
    pair(a, b);
    pair(b, c);
    const shared = newId(a.context.officeId);
    const local = newId(a.context.officeId);
    a.write([createCase(shared), createCase(local, { sharing: 'local' })]);
    a.write([
      { entity: 'case', recordId: local, op: 'add', body: { field: 'tags', value: 'informer' } },
    ]);
    await until('shared case on C', () => holds(c, 'cases', shared));
    const fromC = newId(c.context.officeId);
    c.write([createCase(fromC)]);
    await until('C’s case on A', () => holds(a, 'cases', fromC));
    await until(
      'B and C equal',
      () => tablesDigest(b.context.store.db) === tablesDigest(c.context.store.db),
    );
    for (const node of [b, c]) {
      expect(holds(node, 'cases', local)).toBe(false);
      const leaked = node.context.store.db
        .prepare('SELECT count(*) FROM changes WHERE record_id = ?')
        .pluck()
        .get(local);
      expect(leaked).toBe(0);
    }
    const redacted = c.context.store.db
      .prepare('SELECT redacted FROM commits WHERE origin = ? AND redacted != ?')
      .pluck()
      .all(a.nodeId, '[]');
    expect(redacted.length).toBe(2);

    // Turning the record to 'network' sends a full-state snapshot, so peers can build it.
    a.write([
      {
        entity: 'case',
        recordId: local,
        op: 'update',
        body: { fields: { sharing: 'network', lane: 'arrested' } },
      },
    ]);
    await until('the once-local case on C', () => holds(c, 'cases', local));
    const row = c.context.store.db
      .prepare('SELECT lane, sharing, fir_number FROM cases WHERE id = ?')
      .get(local);
    const home = a.context.store.db
      .prepare('SELECT lane, sharing, fir_number FROM cases WHERE id = ?')
      .get(local);
    expect(row).toEqual(home);
    const tags = c.context.store.db
      .prepare(
        "SELECT value FROM set_elements WHERE record_id = ? AND field = 'tags' AND removed = 0",
      )
      .pluck()
      .all(local);
    expect(tags).toEqual(['informer']);
  });

  it('a removed node is refused from then on, by its office’s peers and by relays', async () => {
    const a1 = await start('A1', 'jh-dhanbad');
    const a2 = await start('A2', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    pair(a1, b);
    pair(a2, b);
    // Workstations of one office pair directly; A1 then vouches for A2 to other offices.
    pair(a1, a2);
    a2.write([createCase(newId(a2.context.officeId))]);
    await until('A2 known on A1 through B', () => holds(a1, 'nodes', a2.nodeId.toLowerCase()));
    a1.write([{ entity: 'node', recordId: a2.nodeId.toLowerCase(), op: 'delete', body: {} }]);
    await until(
      'revocation on B',
      () =>
        b.context.store.db
          .prepare('SELECT deleted FROM nodes WHERE id = ?')
          .pluck()
          .get(a2.nodeId.toLowerCase()) === 1,
    );
    const after = newId(a2.context.officeId);
    a2.write([createCase(after)]);
    await until('B refuses A2', () =>
      readSyncLog(b.context.store.db, 'refused').some(
        (entry) => entry.peer === a2.nodeId && entry.code === 'NODE_REVOKED',
      ),
    );
    const honest = newId(a1.context.officeId);
    a1.write([createCase(honest)]);
    await until('A1 still syncs with B', () => holds(b, 'cases', honest));
    expect(holds(b, 'cases', after)).toBe(false);
  });

  it('photos follow the records that refer to them, verified by hash', async () => {
    const a = await start('A', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    const photo = await preparePhoto(await syntheticPortrait(11));
    storePhoto(a.context.store.db, photo, Date.now());
    const suspect = newId(a.context.officeId);
    a.write([
      {
        entity: 'suspect',
        recordId: suspect,
        op: 'create',
        body: { fields: suspectFields(photo.hash) },
      },
    ]);
    pair(a, b);
    await until('suspect on B', () => holds(b, 'suspects', suspect));
    await until('photo on B', () => hasPhoto(b.context.store.db, photo.hash));
    const stored = getPhoto(b.context.store.db, photo.hash, 'full');
    expect(stored?.bytes.equals(photo.bytes)).toBe(true);
    expect([stored?.width, stored?.height]).toEqual([photo.width, photo.height]);
    expect(b.service.status().missingPhotos).toBe(0);
  });

  it('a connection from an unpaired key is refused and logged with its fingerprint', async () => {
    const a = await start('A', 'jh-dhanbad');
    const stranger = await start('X', 'wb-adpc');
    addPeer(
      stranger.context.store.db,
      { nodeId: a.nodeId, officeId: a.context.officeId, address: a.address },
      Date.now(),
    );
    await until('A logs the stranger', () =>
      readSyncLog(a.context.store.db, 'refused').some(
        (entry) => entry.peer === stranger.nodeId && entry.code === 'PEER_UNKNOWN',
      ),
    );
    expect(stranger.service.status().peers[0]?.online).toBe(false);
  });
});
