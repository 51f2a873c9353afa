import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNode, openNode } from '../../src/core/node/openNode';
import { addPeer } from '../../src/core/sync/peerStore';
import { testKdf, testPassphrase } from '../../src/core/testing/tempCore';
import { freePort } from '../freePort';
import { runSamanvay } from './nodeProcess';
import { createCase, newId, officeFor, startNode, until, type TestNode } from './syncKit';

const changeCount = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) =>
  db.prepare('SELECT count(*) FROM changes').pluck().get() as number;

// The built `samanvay` command: its core runs in a worker, and the node's log is the core's
// `sync.event` stream, carried to the command through the contract.
describe('samanvay node and sync --once through the worker core', () => {
  let a: TestNode;
  let dir: string;
  let bPath: string;
  let bId: string;
  let port: number;

  beforeAll(async () => {
    a = await startNode('A', { officeId: 'jh-dhanbad' });
    a.write(Array.from({ length: 300 }, () => createCase(newId(a.context.officeId))));
    dir = mkdtempSync(join(tmpdir(), 'samanvay-node-cmd-'));
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
  }, 120_000);

  afterAll(async () => {
    await a.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without an address to listen on: usage, exit 2', async () => {
    const child = runSamanvay(['node', '--db', bPath]);
    expect((await child.exited).code).toBe(2);
    expect(child.stderr()).toMatch(
      /^samanvay node: node needs --listen HOST:PORT, or a listen address saved on the Sync screen/,
    );
  }, 60_000);

  it('says in one line when its address is taken: exit 1', async () => {
    const child = runSamanvay(['node', '--db', bPath, '--listen', a.address]);
    expect((await child.exited).code).toBe(1);
    expect(child.stderr()).toBe(
      `samanvay node: Cannot accept peers at ${a.address}: the address is in use (EADDRINUSE). [INVALID_INPUT]\n`,
    );
  }, 60_000);

  it('logs each sync event as JSON, and stops on SIGTERM with every received change kept', async () => {
    const child = runSamanvay(['node', '--db', bPath, '--listen', `127.0.0.1:${port}`, '--json']);
    expect(JSON.parse(await child.waitFor(/"type":"node"/, 60_000))).toEqual({
      type: 'node',
      nodeId: bId,
    });
    expect(JSON.parse(await child.waitFor(/"type":"listening"/))).toEqual({
      type: 'listening',
      address: `127.0.0.1:${port}`,
    });
    expect(JSON.parse(await child.waitFor(/"type":"connected"/))).toMatchObject({
      type: 'connected',
      peer: a.nodeId,
    });
    expect(JSON.parse(await child.waitFor(/"type":"received"/))).toMatchObject({
      type: 'received',
      peer: a.nodeId,
      changes: expect.any(Number),
    });
    await until('A and B in sync', () => a.service.inSyncWith(bId), 60_000);
    child.child.kill('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.stderr()).toBe('');
    expect(child.lines.every((line) => JSON.parse(line) !== null)).toBe(true);
    const b = await openNode({ dbPath: bPath }, { passphrase: testPassphrase });
    try {
      expect(b.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(changeCount(b.store.db)).toBe(changeCount(a.context.store.db));
    } finally {
      b.store.close();
    }
  }, 120_000);

  it('prints log lines, and SIGINT ends it cleanly too', async () => {
    const child = runSamanvay(['node', '--db', bPath, '--listen', `127.0.0.1:${port}`]);
    expect(await child.waitFor(/^Node /, 60_000)).toBe(`Node ${bId}`);
    expect(await child.waitFor(/ listening /)).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z listening 127\\.0\\.0\\.1:${port}$`),
    );
    await child.waitFor(/ connected /);
    child.child.kill('SIGINT');
    expect((await child.exited).code).toBe(0);
  }, 120_000);

  it('sync --once --verbose streams the events to stderr and ends in sync, exit 0', async () => {
    a.write(Array.from({ length: 20 }, () => createCase(newId(a.context.officeId))));
    const child = runSamanvay(['sync', '--db', bPath, '--peer', a.nodeId, '--once', '--verbose']);
    const ended = await child.exited;
    expect({ code: ended.code, out: child.lines[0] }).toEqual({
      code: 0,
      out: expect.stringMatching(
        new RegExp(`^In sync with ${a.nodeId}: sent \\d+, received 20 changes \\(\\d+ ms\\)\\.$`),
      ),
    });
    expect(child.stderr()).toMatch(new RegExp(`Z connected ${a.nodeId} ${a.address} outbound`));
    expect(child.stderr()).toMatch(new RegExp(`Z received 20 changes from ${a.nodeId}`));
  }, 120_000);
});
