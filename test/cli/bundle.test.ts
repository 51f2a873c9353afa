import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asansolOffice,
  bundleNode,
  introduce,
  kulti,
  type TestNode,
} from '../../src/core/bundles/bundleTestKit';
import { dhanbadOffice, testPassphrase } from '../../src/core/testing/tempCore';
import { samanvay } from './cliRunner';

const env = { SAMANVAY_PASSPHRASE: testPassphrase };
let a: TestNode;
let b: TestNode;
let dbA: string;
let dbB: string;

describe('samanvay bundle', () => {
  beforeAll(async () => {
    a = await bundleNode(dhanbadOffice);
    b = await bundleNode(asansolOffice);
    introduce(a, b);
    introduce(b, a);
    await a.api['cases.create'](kulti);
    dbA = join(a.dir, 'node.db');
    dbB = join(b.dir, 'node.db');
    a.context.store.close();
    b.context.store.close();
  });
  afterAll(() => {
    a.cleanup();
    b.cleanup();
  });

  it('exports, previews with --dry-run, imports, acknowledges, then exports a delta', () => {
    const file = join(a.dir, 'for-b.bundle');
    const exported = samanvay(
      ['bundle', 'export', '--db', dbA, '--for', b.nodeId, '--out', file, '--json'],
      env,
    );
    expect(exported.stderr).toBe('');
    expect(JSON.parse(exported.stdout)).toMatchObject({ full: true, peer: b.nodeId });

    const dry = samanvay(['bundle', 'import', '--db', dbB, file, '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/jh-dhanbad: cases 1 new/);
    expect(dry.stdout).toMatch(/Dry run: nothing was changed/);

    const done = samanvay(['bundle', 'import', '--db', dbB, file, '--json'], env);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ dryRun: false, rejected: [] });
    const twice = samanvay(['bundle', 'import', '--db', dbB, file, '--json'], env);
    expect(JSON.parse(twice.stdout)).toMatchObject({ applied: 0 });

    const ack = join(b.dir, 'ack.bundle');
    expect(samanvay(['bundle', 'ack', '--db', dbB, '--out', ack], env).code).toBe(0);
    expect(samanvay(['bundle', 'import', '--db', dbA, ack], env).stdout).toMatch(/Recorded/);
    const delta = samanvay(
      [
        'bundle',
        'export',
        '--db',
        dbA,
        '--for',
        b.nodeId,
        '--out',
        join(a.dir, 'd.bundle'),
        '--json',
      ],
      env,
    );
    expect(JSON.parse(delta.stdout)).toMatchObject({ full: false, commits: 0 });
  });

  it('refuses a file that is not a bundle in one line with its code, exit 1; usage errors exit 2', () => {
    const junk = join(b.dir, 'junk.jpg');
    writeFileSync(junk, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const result = samanvay(['bundle', 'import', '--db', dbB, junk], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/\[BUNDLE_NOT_A_BUNDLE\]/);
    expect(samanvay(['bundle', 'import', '--db', dbB], env).code).toBe(2);
    expect(samanvay(['bundle', 'frobnicate'], env).code).toBe(2);
  });
});
