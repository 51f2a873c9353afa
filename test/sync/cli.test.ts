import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo';
import { findKnownOffice } from '../../src/core/demo/borderDistricts';
import { createNode } from '../../src/core/node/openNode';
import { addPeer } from '../../src/core/sync/peerStore';
import { readSyncLog } from '../../src/core/sync/syncLog';
import { dhanbadOffice, testKdf, testPassphrase } from '../../src/core/testing/tempCore';
import { runSamanvay } from './nodeProcess';
import { startNode, type TestNode } from './syncKit';

async function run(args: string[]) {
  const child = runSamanvay(args);
  const { code } = await child.exited;
  return { code, lines: child.lines, stderr: child.stderr() };
}

const open: TestNode[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((node) => node.close()));
});

describe('samanvay peer and sync', () => {
  let dir: string;
  let db: string;
  let nodeId: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samanvay-cli-sync-'));
    db = join(dir, 'node.db');
    const created = await createNode(
      { dbPath: db, kdf: testKdf, passphrase: testPassphrase },
      { office: dhanbadOffice, operator: { name: 'CLI', rank: 'SI' } },
    );
    nodeId = created.nodeId;
    created.context.store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pairs (node id and office), lists and unpairs a peer; sync --once says why it could not sync', async () => {
    const added = await run([
      'peer',
      'add',
      '--db',
      db,
      '--id',
      'abcd-efgh-jkmn-pqrs',
      '--office',
      'wb-adpc',
      '--address',
      '127.0.0.1:9',
    ]);
    expect(added.code).toBe(0);
    expect(added.lines[0]).toBe('Paired with ABCD-EFGH-JKMN-PQRS of wb-adpc at 127.0.0.1:9.');
    const listed = await run(['peer', 'list', '--db', db, '--json']);
    expect(JSON.parse(listed.lines[0] ?? '[]')).toEqual([
      expect.objectContaining({
        nodeId: 'ABCD-EFGH-JKMN-PQRS',
        officeId: 'wb-adpc',
        address: '127.0.0.1:9',
        keyPinned: false,
        lastContact: null,
      }),
    ]);
    const once = await run([
      'sync',
      '--db',
      db,
      '--peer',
      'ABCD-EFGH-JKMN-PQRS',
      '--once',
      '--timeout',
      '1',
    ]);
    expect(once.code).toBe(1);
    expect(once.stderr).toMatch(
      /Not in sync with ABCD-EFGH-JKMN-PQRS: The peer cannot be reached\. \(PEER_UNREACHABLE\) \[SYNC_INCOMPLETE\]/,
    );
    expect((await run(['peer', 'remove', '--db', db, '--id', 'ABCD-EFGH-JKMN-PQRS'])).code).toBe(0);
    const missing = await run(['peer', 'remove', '--db', db, '--id', 'ABCD-EFGH-JKMN-PQRS']);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('[PEER_NOT_FOUND]') });
    const usage = await run(['peer', 'add', '--db', db, '--id', 'nope', '--address', 'x']);
    expect(usage.code).toBe(2);
    const bad = await run([
      'peer',
      'add',
      '--db',
      db,
      '--id',
      'nope',
      '--office',
      'wb-adpc',
      '--address',
      'x',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[INVALID_INPUT]');
  }, 120_000);

  it('a peer that has not paired this computer ends sync --once at once, and logs one line for repeated attempts', async () => {
    const peer = await startNode('P', { officeId: 'wb-adpc' });
    open.push(peer);
    const pairing = ['--id', peer.nodeId, '--office', 'wb-adpc', '--address', peer.address];
    expect((await run(['peer', 'add', '--db', db, ...pairing])).code).toBe(0);
    const sync = ['sync', '--db', db, '--peer', peer.nodeId, '--once', '--timeout', '60'];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const once = await run(sync);
      expect(once.code).toBe(1);
      expect(once.stderr.trim()).toBe(
        'samanvay sync: the peer refused this computer: it has not paired it [PEER_UNKNOWN]',
      );
    }
    const refused = readSyncLog(peer.context.store.db, 'refused').filter(
      (entry) => entry.peer === nodeId,
    );
    expect(refused.map((entry) => entry.code)).toEqual(['PEER_UNKNOWN']);
    expect((await run(['peer', 'remove', '--db', db, '--id', peer.nodeId])).code).toBe(0);
  }, 120_000);
});

describe('samanvay sync --once on a demo database paired with a real office', () => {
  it('exits 1 naming the refused commit, and says which demo records stay behind and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samanvay-cli-demo-'));
    try {
      const dbPath = join(dir, 'demo.db');
      const office = findKnownOffice('jh-dhanbad');
      if (!office) throw new Error('jh-dhanbad');
      const created = await createNode(
        { dbPath, kdf: testKdf, passphrase: testPassphrase },
        { office, operator: { name: 'Duty Officer', rank: 'SI' } },
      );
      await generateDemo(created.context, {
        cases: 24,
        suspects: 6,
        days: 1,
        photos: 2,
        logEntries: 6,
        seed: 7,
      });
      const adpc = await startNode('ADPC', { officeId: 'wb-adpc' });
      open.push(adpc);
      addPeer(
        created.context.store.db,
        { nodeId: adpc.nodeId, officeId: 'wb-adpc', address: adpc.address },
        Date.now(),
      );
      addPeer(
        adpc.context.store.db,
        { nodeId: created.nodeId, officeId: 'jh-dhanbad', address: '127.0.0.1:9' },
        Date.now(),
      );
      created.context.store.close();
      const once = await run(['sync', '--db', dbPath, '--peer', adpc.nodeId, '--once']);
      expect(once.code).toBe(1);
      expect(once.stderr).toMatch(
        /Not in sync with .*: the peer refused 1 commit \(UNKNOWN_NODE: A new node of a known office must be paired directly\.\).* \[SYNC_INCOMPLETE\]/,
      );
      expect(once.lines.join('\n')).toMatch(
        /\d+ cases, \d+ suspects and \d+ log entries signed by the demo's simulated workstation of wb-adpc .* stay here: the peer takes wb-adpc's records only from computers paired with it/,
      );
      const json = await run(['sync', '--db', dbPath, '--peer', adpc.nodeId, '--once', '--json']);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.lines[0] ?? '{}') as Record<string, unknown>;
      expect(report).toMatchObject({
        inSync: false,
        refused: [expect.objectContaining({ side: 'peer', code: 'UNKNOWN_NODE', scope: 'commit' })],
        photosToSend: 0,
        photosToReceive: 0,
        heldBack: [expect.objectContaining({ officeId: 'wb-adpc', simulated: true })],
      });
      expect(report.ms).toEqual(expect.any(Number));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
