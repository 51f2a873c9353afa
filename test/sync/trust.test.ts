import { afterEach, describe, expect, it } from 'vitest';
import type { Commit } from '../../src/shared/domain/change';
import { preparePhoto, storePhoto } from '../../src/core/photos/importPhoto';
import { syntheticPortrait } from '../../src/core/photos/syntheticPhoto';
import { createCommitStore } from '../../src/core/sync/commitStore';
import { changeHash } from '../../src/core/changes/commitSigning';
import { addPeer } from '../../src/core/sync/peerStore';
import { readSyncLog } from '../../src/core/sync/syncLog';
import {
  createCase,
  holds,
  newId,
  pair,
  pairingOf,
  rawConnection,
  startNode,
  suspectFields,
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

const refusedCodes = (node: TestNode) =>
  readSyncLog(node.context.store.db, 'refused').map((entry) => entry.code);

describe('sync trust over real TLS', () => {
  it('attack 3: a note written while its case was local stays home after the case turns shared', async () => {
    const a = await start('A', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    const caseId = newId(a.context.officeId);
    const noteId = newId(a.context.officeId);
    a.write([createCase(caseId, { sharing: 'local' })]);
    a.write([
      {
        entity: 'note',
        recordId: noteId,
        op: 'create',
        body: {
          fields: { targetEntity: 'case', targetId: caseId, text: 'informer: Sonu, Chirkunda' },
        },
      },
    ]);
    a.write([
      { entity: 'case', recordId: caseId, op: 'update', body: { fields: { sharing: 'network' } } },
    ]);
    pair(a, b);
    await until('B holds the case', () => holds(b, 'cases', caseId));
    await until(
      'B holds every commit of A',
      () => (b.service.vector()[a.nodeId] ?? 0) >= (a.service.vector()[a.nodeId] ?? 0),
    );
    expect(holds(b, 'notes', noteId)).toBe(false);
    const leaked = b.context.store.db
      .prepare("SELECT count(*) FROM changes WHERE body LIKE '%informer%'")
      .pluck()
      .get();
    expect(leaked).toBe(0);
  });

  it('attack 2: a relay that moves a shared change into the withheld part is refused, and the commit is not counted as held', async () => {
    const a = await start('A', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    const relay = await start('R', 'wb-purulia');
    await relay.stop();
    addPeer(b.context.store.db, pairingOf(relay), Date.now());
    const caseId = newId(a.context.officeId);
    a.write([createCase(caseId)]);
    const [registration, withCase] = createCommitStore(a.context).commitsFor({}, 100, new Set());
    if (!registration || !withCase) throw new Error('A has two commits');
    const [hidden] = withCase.changes;
    if (!hidden) throw new Error('case change');
    const redacted: Commit = {
      ...withCase,
      changes: withCase.changes.slice(1),
      redacted: [...withCase.redacted, { seq: hidden.seq, hash: changeHash(hidden) }],
    };
    const { connection } = await rawConnection(relay, b);
    connection.send({ type: 'batch', id: 1, commits: [registration, redacted] });
    await until('B refuses the redacted commit', () =>
      readSyncLog(b.context.store.db, 'rejected').some((entry) => entry.code === 'BAD_SIGNATURE'),
    );
    expect(b.service.vector()[a.nodeId]).toBe(registration.lastSeq);
    connection.close();
    // Later, the honest commit still arrives and applies: nothing was lost for good.
    pair(a, b);
    await until('B holds the case from A', () => holds(b, 'cases', caseId));
  });

  it('attack 4: a peer paired for one office that says it is another is refused and logged', async () => {
    const a = await start('A', 'jh-dhanbad');
    const liar = await start('L', 'wb-adpc');
    addPeer(a.context.store.db, { ...pairingOf(liar), officeId: 'wb-purulia' }, Date.now());
    addPeer(liar.context.store.db, pairingOf(a), Date.now());
    liar.write([createCase(newId(liar.context.officeId))]);
    await until('A refuses the liar', () => refusedCodes(a).includes('PEER_OFFICE_MISMATCH'));
    expect(
      a.context.store.db
        .prepare("SELECT count(*) FROM cases WHERE office_id = 'wb-adpc'")
        .pluck()
        .get(),
    ).toBe(0);
    await until('the liar is told why', () =>
      liar.service.status().peers.some((peer) => peer.lastError === 'PEER_OFFICE_MISMATCH'),
    );
  });

  it('attack 4: the full public key is pinned at first contact; another key with the same node id is refused', async () => {
    const a = await start('A', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    pair(a, b);
    await until('first contact', () => a.service.status().peers[0]?.keyPinned === true);
    const pinned = a.context.store.db
      .prepare('SELECT public_key FROM peers WHERE node_id = ?')
      .pluck()
      .get(b.nodeId);
    expect(pinned).toBe(b.context.identity.publicKeyHex);
    await a.stop();
    // Stand in for a second key whose 80-bit fingerprint collides with B's: A holds another
    // key for B's node id, so B's real key no longer matches what A pinned.
    a.context.store.db
      .prepare('UPDATE peers SET public_key = ? WHERE node_id = ?')
      .run('ab'.repeat(32), b.nodeId);
    await a.restart();
    await until('A refuses the key it did not pin', () =>
      refusedCodes(a).includes('PEER_MISMATCH'),
    );
  });

  it('a photo is served only to a peer entitled to a record that refers to it', async () => {
    const a = await start('A', 'jh-dhanbad');
    const b = await start('B', 'wb-adpc');
    pair(a, b);
    const shared = await preparePhoto(await syntheticPortrait(21));
    const secret = await preparePhoto(await syntheticPortrait(22));
    storePhoto(a.context.store.db, shared, Date.now());
    storePhoto(a.context.store.db, secret, Date.now());
    a.write([
      {
        entity: 'suspect',
        recordId: newId(a.context.officeId),
        op: 'create',
        body: { fields: suspectFields(shared.hash) },
      },
      {
        entity: 'suspect',
        recordId: newId(a.context.officeId),
        op: 'create',
        body: { fields: suspectFields(secret.hash, 'local') },
      },
    ]);
    await b.stop();
    const { connection, frames } = await rawConnection(b, a);
    connection.send({ type: 'photoWant', hash: secret.hash, offset: 0 });
    connection.send({ type: 'photoWant', hash: shared.hash, offset: 0 });
    const answer = (hash: string) =>
      frames.find(
        (frame) =>
          (frame.message.type === 'photoChunk' || frame.message.type === 'photoAbsent') &&
          frame.message.hash === hash,
      )?.message.type;
    await until(
      'both answered',
      () => answer(secret.hash) !== undefined && answer(shared.hash) !== undefined,
    );
    expect(answer(secret.hash)).toBe('photoAbsent');
    expect(answer(shared.hash)).toBe('photoChunk');
    connection.close();
  });

  it('a refused node is told why and waits before dialling again, and the refusing node writes one line', async () => {
    const a = await start('A', 'jh-dhanbad');
    const stranger = await start('X', 'wb-adpc');
    addPeer(stranger.context.store.db, pairingOf(a), Date.now());
    stranger.service.connectNow();
    await until('the stranger is told it is not paired', () =>
      stranger.service.status().peers.some((peer) => peer.lastError === 'PEER_UNKNOWN'),
    );
    // With reconnects every 50–400 ms, an unrefused dialler would have tried many times by
    // the time the refusing side has written its one line and a few more ticks have passed.
    await until('A logs the refusal', () => refusedCodes(a).includes('PEER_UNKNOWN'));
    for (let tick = 0; tick < 20; tick += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const dials = stranger.events.filter((event) => event.type === 'connected').length;
    expect(dials).toBe(1);
    expect(refusedCodes(a)).toEqual(['PEER_UNKNOWN']);
  });
});
