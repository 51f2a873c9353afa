import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/core/node/openNode';
import { dhanbadOffice, testKdf, testPassphrase } from '../../src/core/testing/tempCore';
import { runSamanvay } from './nodeProcess';

async function run(args: string[]) {
  const child = runSamanvay(args);
  const { code } = await child.exited;
  return { code, lines: child.lines, stderr: child.stderr() };
}

describe('samanvay peer and sync', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samanvay-cli-sync-'));
    db = join(dir, 'node.db');
    const { context } = await createNode(
      { dbPath: db, kdf: testKdf, passphrase: testPassphrase },
      { office: dhanbadOffice, operator: { name: 'CLI', rank: 'SI' } },
    );
    context.store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pairs, lists and unpairs a peer; sync --once says why it could not sync', async () => {
    const added = await run([
      'peer',
      'add',
      '--db',
      db,
      '--id',
      'abcd-efgh-jkmn-pqrs',
      '--address',
      '127.0.0.1:9',
    ]);
    expect(added.code).toBe(0);
    expect(added.lines[0]).toBe('Paired with ABCD-EFGH-JKMN-PQRS at 127.0.0.1:9.');
    const listed = await run(['peer', 'list', '--db', db, '--json']);
    expect(JSON.parse(listed.lines[0] ?? '[]')).toEqual([
      expect.objectContaining({
        nodeId: 'ABCD-EFGH-JKMN-PQRS',
        address: '127.0.0.1:9',
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
      /Not in sync with ABCD-EFGH-JKMN-PQRS: PEER_UNREACHABLE\. \[SYNC_INCOMPLETE\]/,
    );
    expect((await run(['peer', 'remove', '--db', db, '--id', 'ABCD-EFGH-JKMN-PQRS'])).code).toBe(0);
    const missing = await run(['peer', 'remove', '--db', db, '--id', 'ABCD-EFGH-JKMN-PQRS']);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('[PEER_NOT_FOUND]') });
    const usage = await run(['peer', 'add', '--db', db, '--id', 'nope', '--address', 'x']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('[INVALID_INPUT]');
  }, 120_000);
});
