import { afterEach, describe, expect, it } from 'vitest';
import type { Frame } from '../../src/core/sync/frameCodec';
import { protocolVersion, recordsVersion } from '../../src/core/sync/messages';
import { readSyncLog } from '../../src/core/sync/syncLog';
import { dial } from '../../src/core/sync/transport';
import { createCase, holds, newId, pair, startNode, until, type TestNode } from './syncKit';

const open: TestNode[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((node) => node.close()));
});

describe('sync between nodes with different records versions', () => {
  it('refuses a peer from before migration 004 with "update Samanvay"', async () => {
    const a = await startNode('A', { officeId: 'jh-dhanbad' });
    const old = await startNode('O', { officeId: 'wb-adpc' });
    open.push(a, old);
    pair(a, old);
    await old.stop();
    const connection = await dial({
      identity: old.context.identity,
      admission: () => undefined,
      onRefused: () => undefined,
      address: a.address,
      expected: a.nodeId,
    });
    const frames: Frame[] = [];
    let closed = false;
    connection.attach({
      frame: (frame) => frames.push(frame),
      close: () => {
        closed = true;
      },
    });
    // The hello of a node before the police-records migration has no records version.
    connection.send({
      type: 'hello',
      protocol: protocolVersion,
      node: old.nodeId,
      office: old.context.officeId,
      vector: {},
    });
    await until('connection closed', () => closed);
    const logged = readSyncLog(a.context.store.db, 'error').find(
      (entry) => entry.code === 'SYNC_UPDATE_NEEDED',
    );
    expect(logged?.detail).toMatch(/Update Samanvay on the other computer/);
    // The hello was refused, so nothing was sent to the old node.
    expect(frames.some((frame) => frame.message.type === 'batch')).toBe(false);
  });

  it('refuses a peer from before lookouts (records version 2) with "update Samanvay"', async () => {
    const a = await startNode('A', { officeId: 'jh-dhanbad' });
    const old = await startNode('O', { officeId: 'wb-adpc' });
    open.push(a, old);
    pair(a, old);
    await old.stop();
    const connection = await dial({
      identity: old.context.identity,
      admission: () => undefined,
      onRefused: () => undefined,
      address: a.address,
      expected: a.nodeId,
    });
    let closed = false;
    connection.attach({
      frame: () => undefined,
      close: () => {
        closed = true;
      },
    });
    connection.send({
      type: 'hello',
      protocol: protocolVersion,
      node: old.nodeId,
      office: old.context.officeId,
      vector: {},
      records: 2,
    });
    await until('connection closed', () => closed);
    const logged = readSyncLog(a.context.store.db, 'error').find(
      (entry) => entry.code === 'SYNC_UPDATE_NEEDED',
    );
    expect(logged?.detail).toMatch(
      /Update Samanvay on the other computer: its records are version 2/,
    );
  });

  it('syncs as before when both hello with the same records version', async () => {
    const a = await startNode('A', { officeId: 'jh-dhanbad' });
    const b = await startNode('B', { officeId: 'wb-adpc' });
    open.push(a, b);
    pair(a, b);
    const id = newId(a.context.officeId);
    a.write([createCase(id)]);
    await until('A’s case on B', () => holds(b, 'cases', id));
    expect(recordsVersion).toBe(3);
  });
});
