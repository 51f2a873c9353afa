import { randomBytes } from 'node:crypto';
import { connect } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, Commit } from '../../src/shared/domain/change';
import { commitBytes } from '../../src/core/changes/changeLog';
import { signBytes } from '../../src/core/identity/nodeIdentity';
import { selfSignedCertificate } from '../../src/core/sync/certificate';
import { createCommitStore } from '../../src/core/sync/commitStore';
import type { Frame } from '../../src/core/sync/frameCodec';
import { protocolVersion, recordsVersion } from '../../src/core/sync/messages';
import { addPeer } from '../../src/core/sync/peerStore';
import { readSyncLog } from '../../src/core/sync/syncLog';
import { dial, type Connection } from '../../src/core/sync/transport';
import { createCase, holds, newId, pair, startNode, until, type TestNode } from './syncKit';

const open: TestNode[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((node) => node.close()));
});

/** A raw connection from `from`'s key to `to`, outside any sync service. */
async function rawConnection(
  from: TestNode,
  to: TestNode,
): Promise<{ connection: Connection; frames: Frame[] }> {
  const connection = await dial({
    identity: from.context.identity,
    admission: () => undefined,
    onRefused: () => undefined,
    address: to.address,
    expected: to.nodeId,
  });
  const frames: Frame[] = [];
  connection.attach({ frame: (frame) => frames.push(frame), close: () => undefined });
  return { connection, frames };
}

/** Signs changes of `node` as the commit after its last one, without applying them there. */
function forge(
  node: TestNode,
  firstSeq: number,
  intents: Array<Omit<Change, 'origin' | 'seq' | 'hlc' | 'office' | 'operator'>>,
): Commit {
  const changes: Change[] = intents.map((intent, index) => ({
    ...intent,
    origin: node.nodeId,
    seq: firstSeq + index,
    hlc: node.context.hlc.next(),
    office: node.context.officeId,
    operator: node.context.session.operatorId,
  }));
  const unsigned = {
    origin: node.nodeId,
    firstSeq,
    lastSeq: firstSeq + changes.length - 1,
    changes,
    redacted: [],
  };
  return {
    ...unsigned,
    signature: signBytes(node.context.identity, commitBytes(unsigned) ?? Buffer.alloc(0)),
  };
}

const logged = (node: TestNode, kind: 'rejected' | 'error', code: string) => () =>
  readSyncLog(node.context.store.db, kind).some((entry) => entry.code === code);

describe('a hostile or broken peer', () => {
  it('is refused and logged change by change and frame by frame, while honest peers sync on', async () => {
    const a = await startNode('A', { officeId: 'jh-dhanbad' });
    const b = await startNode('B', { officeId: 'wb-adpc' });
    const m = await startNode('M', { officeId: 'wb-purulia' });
    open.push(a, b, m);
    await m.stop();
    pair(a, b);
    addPeer(
      b.context.store.db,
      { nodeId: m.nodeId, officeId: m.context.officeId, address: '127.0.0.1:1' },
      Date.now(),
    );
    const owned = newId(a.context.officeId);
    a.write([createCase(owned)]);
    await until('A’s case on B', () => holds(b, 'cases', owned));

    const { connection, frames } = await rawConnection(m, b);
    connection.send({
      type: 'hello',
      protocol: protocolVersion,
      records: recordsVersion,
      node: m.nodeId,
      office: m.context.officeId,
      vector: {},
    });
    const [registration] = createCommitStore(m.context).commitsFor({}, 100, new Set());
    if (!registration) throw new Error('no registration commit');
    const honestCase = forge(m, registration.lastSeq + 1, [createCase(newId(m.context.officeId))]);
    const tampered: Commit = {
      ...honestCase,
      changes: honestCase.changes.map((change) => ({
        ...change,
        body: { fields: { ...change.body.fields, place: 'Elsewhere' } },
      })),
    };
    connection.send({ type: 'batch', id: 1, commits: [registration, tampered] });
    await until('tampered commit rejected', logged(b, 'rejected', 'BAD_SIGNATURE'));
    const goodId = newId(m.context.officeId);
    const mixed = forge(m, registration.lastSeq + 1, [
      { entity: 'case', recordId: owned, op: 'update', body: { fields: { lane: 'closed' } } },
      createCase(goodId),
    ]);
    connection.send({ type: 'batch', id: 2, commits: [mixed] });
    await until('owner-rule violation rejected', logged(b, 'rejected', 'NOT_OWNER'));
    expect(holds(b, 'cases', goodId)).toBe(true);
    expect(
      b.context.store.db.prepare('SELECT lane FROM cases WHERE id = ?').pluck().get(owned),
    ).toBe('registered');
    const acks = frames
      .filter((frame) => frame.message.type === 'ack')
      .map((frame) => frame.message);
    expect(acks[0]).toMatchObject({
      id: 1,
      rejected: [{ origin: m.nodeId, code: 'BAD_SIGNATURE' }],
    });
    // A malformed commit (no changes, no signature) is rejected on its own; the session stays.
    const next = mixed.lastSeq + 1;
    const malformed = { origin: m.nodeId, firstSeq: next, lastSeq: next } as unknown as Commit;
    connection.send({ type: 'batch', id: 3, commits: [malformed] });
    await until('malformed commit rejected', () =>
      frames.some(
        (frame) =>
          frame.message.type === 'ack' &&
          frame.message.id === 3 &&
          frame.message.rejected[0]?.code === 'SYNC_BAD_FRAME',
      ),
    );
    connection.close();

    const huge = Buffer.alloc(8);
    huge.writeUInt32BE(0xfffffff0, 0);
    await writeRaw(m, b, huge);
    await until('oversize frame logged', logged(b, 'error', 'SYNC_FRAME_TOO_LARGE'));
    await writeRaw(m, b, Buffer.concat([Buffer.from([0, 0, 0, 100]), randomBytes(100)]));
    await until('garbage logged', logged(b, 'error', 'SYNC_BAD_FRAME'));

    const later = newId(a.context.officeId);
    a.write([createCase(later)]);
    await until('A still syncs with B', () => holds(b, 'cases', later));
    const stillThere = newId(b.context.officeId);
    b.write([createCase(stillThere)]);
    await until('B still syncs with A', () => holds(a, 'cases', stillThere));
  });
});

/** Opens a TLS connection with `from`'s key and writes bytes as they are, past the frame encoder. */
async function writeRaw(from: TestNode, to: TestNode, bytes: Buffer): Promise<void> {
  const socket = connect({
    ...selfSignedCertificate(from.context.identity),
    host: '127.0.0.1',
    port: to.port,
    minVersion: 'TLSv1.3',
    rejectUnauthorized: false,
    checkServerIdentity: () => undefined,
  });
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('secureConnect', () => resolve()));
  socket.write(bytes);
}
