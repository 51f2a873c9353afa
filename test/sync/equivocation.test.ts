import { afterEach, describe, expect, it } from 'vitest';
import type { Change, Commit } from '../../src/shared/domain/change';
import { changeHash, signCommit } from '../../src/core/changes/commitSigning';
import { signBytes, type NodeIdentity } from '../../src/core/identity/nodeIdentity';
import { readStats } from '../../src/core/repos/statsRepo';
import { createCommitStore } from '../../src/core/sync/commitStore';
import { readSyncLog } from '../../src/core/sync/syncLog';
import { addPeer } from '../../src/core/sync/peerStore';
import {
  createCase,
  newId,
  pairingOf,
  rawConnection,
  startNode,
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

/**
 * B has paired `peer`, whose sync service is stopped: only the attacker's raw connection
 * talks, with no session of B's own to the peer racing it.
 */
async function pairedAtB(b: TestNode, peer: TestNode): Promise<void> {
  await peer.stop();
  addPeer(b.context.store.db, pairingOf(peer), Date.now());
}
const placeOf = (node: TestNode, caseId: string) =>
  node.context.store.db.prepare('SELECT place FROM cases WHERE id = ?').pluck().get(caseId);
const rejectedCodes = (node: TestNode) =>
  readSyncLog(node.context.store.db, 'rejected').map((entry) => entry.code);
const evidence = (node: TestNode) =>
  node.context.store.db.prepare('SELECT origin, seqs, via FROM equivocations').all();

/** X's commits so far, and another version of its last one: the case's place changed. */
function twoVersions(x: TestNode, caseId: string) {
  const commits = createCommitStore(x.context).commitsFor({}, 100, new Set());
  const last = commits.at(-1);
  const index = last?.changes.findIndex((change) => change.recordId === caseId) ?? -1;
  const original = last?.changes[index];
  if (!last || !original) throw new Error('X wrote the case');
  const fields = { ...(original.body as { fields: Record<string, unknown> }).fields };
  const altered: Change = { ...original, body: { fields: { ...fields, place: 'Asansol More' } } };
  const changes = last.changes.map((change, at) => (at === index ? altered : change));
  return { commits, last, altered, changes };
}

/** The bytes protocol-1 commits were signed over (before the withheld set was signed). */
function legacySigned(identity: NodeIdentity, commit: Commit): Commit {
  const hashes = commit.changes.map(changeHash);
  const bytes = `{"firstSeq":${commit.firstSeq},"hashes":${JSON.stringify(hashes)},"lastSeq":${commit.lastSeq},"origin":${JSON.stringify(commit.origin)}}`;
  return { ...commit, signature: signBytes(identity, Buffer.from(bytes)) };
}

describe('equivocation: one node, two histories', () => {
  it('a paired node that signs two versions of one commit is caught; the first stays and the proof is kept', async () => {
    const b = await start('B', 'jh-dhanbad');
    const x = await start('X', 'wb-adpc');
    await pairedAtB(b, x);
    const caseId = newId(x.context.officeId);
    x.write([createCase(caseId)]);
    const { commits, last, altered, changes } = twoVersions(x, caseId);
    const other = signCommit(x.context.identity, { ...last, changes }, []);
    if (!other) throw new Error('signed');

    const { connection } = await rawConnection(x, b);
    connection.send({ type: 'batch', id: 1, commits });
    await until('B holds the case', () => placeOf(b, caseId) === 'NH-19 near Maithon');
    connection.send({ type: 'batch', id: 2, commits: [other] });
    await until('B logs the equivocation', () => rejectedCodes(b).includes('EQUIVOCATION'));

    expect(placeOf(b, caseId)).toBe('NH-19 near Maithon');
    expect(evidence(b)).toEqual([{ origin: x.nodeId, seqs: String(altered.seq), via: x.nodeId }]);
    expect(readStats(b.context.store.db).equivocations).toBe(1);
    connection.close();
  });

  it('a relay that alters a held commit is refused as a forgery, and no proof is kept', async () => {
    const b = await start('B', 'jh-dhanbad');
    const x = await start('X', 'wb-adpc');
    const relay = await start('R', 'wb-asansol');
    await pairedAtB(b, x);
    await pairedAtB(b, relay);
    const caseId = newId(x.context.officeId);
    x.write([createCase(caseId)]);
    const { commits, last, changes } = twoVersions(x, caseId);
    // The relay has no key of X's: it signs the altered commit with its own.
    const forged = signCommit(relay.context.identity, { ...last, changes }, []);
    if (!forged) throw new Error('signed');

    const direct = await rawConnection(x, b);
    direct.connection.send({ type: 'batch', id: 1, commits });
    await until('B holds the case', () => placeOf(b, caseId) === 'NH-19 near Maithon');
    const relayed = await rawConnection(relay, b);
    relayed.connection.send({ type: 'batch', id: 1, commits: [forged] });
    await until('B refuses the forgery', () => rejectedCodes(b).includes('BAD_SIGNATURE'));

    expect(rejectedCodes(b)).not.toContain('EQUIVOCATION');
    expect(evidence(b)).toEqual([]);
    expect(placeOf(b, caseId)).toBe('NH-19 near Maithon');
    direct.connection.close();
    relayed.connection.close();
  });

  it('the same changes signed again (as after migration 004) are simply held', async () => {
    const b = await start('B', 'jh-dhanbad');
    const x = await start('X', 'wb-adpc');
    await pairedAtB(b, x);
    const caseId = newId(x.context.officeId);
    x.write([createCase(caseId)]);
    const { commits, last } = twoVersions(x, caseId);
    const store = createCommitStore(b.context);
    for (const commit of commits) expect(store.receive(commit, x.nodeId).status).toBe('applied');
    const again = legacySigned(x.context.identity, last);
    expect(again.signature).not.toBe(last.signature);
    expect(store.receive(again, x.nodeId)).toEqual({ status: 'held' });
    expect(store.receive(last, x.nodeId)).toEqual({ status: 'held' });
    expect(evidence(b)).toEqual([]);
    store.close();
  });
});
