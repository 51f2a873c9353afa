import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChangeLog } from '../changes/changeLog';
import { deriveBundleKey } from '../identity/bundleKey';
import { createNodeIdentity } from '../identity/nodeIdentity';
import { texturedJpeg } from '../photos/photoTestKit';
import { dhanbadOffice } from '../testing/tempCore';
import { writeBundle, type OutgoingEntry } from './bundleFile';
import { exportBundle, importBundle } from './bundleService';
import { asansolOffice, bundleNode, introduce, kulti, type TestNode } from './bundleTestKit';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function node(office = dhanbadOffice): Promise<TestNode> {
  const created = await bundleNode(office);
  cleanups.push(created.cleanup);
  return created;
}

/** Everything an import could change on `target`. */
function state(target: TestNode): string {
  const db = target.context.store.db;
  return ['changes', 'commits', 'cases', 'photos', 'bundle_history', 'bundle_acks']
    .map(
      (table) =>
        `${table}:${JSON.stringify(db.prepare(`SELECT count(*) AS n FROM ${table}`).get())}`,
    )
    .join(' ');
}

async function refused(target: TestNode, path: string, code: string): Promise<void> {
  const before = state(target);
  await expect(importBundle(target.context, { path, dryRun: false })).rejects.toMatchObject({
    code,
  });
  expect(state(target)).toBe(before);
}

/** A bundle from `from` for `to`, signed by `signer`, with the given entries. */
async function handMade(
  from: TestNode,
  to: TestNode,
  path: string,
  entries: OutgoingEntry[],
  signer = from.context.identity,
): Promise<void> {
  await writeBundle({
    path,
    envelope: { kind: 'changes', from: from.nodeId, to: to.nodeId },
    recipient: deriveBundleKey(to.context.identity).recipient,
    signer,
    manifest: {
      createdAt: 1,
      operator: 'x',
      office: 'jh-dhanbad',
      base: {},
      vector: {},
      full: true,
    },
    entries,
  });
}

describe('bundle refusals: a clear error, and nothing changed', () => {
  let a: TestNode;
  let b: TestNode;
  let good: string;
  let bytes: Buffer;
  beforeAll(async () => {
    a = await bundleNode(dhanbadOffice);
    b = await bundleNode(asansolOffice);
    introduce(a, b);
    introduce(b, a);
    await a.api['cases.create'](kulti);
    good = join(a.dir, 'good.bundle');
    await exportBundle(a.context, { peer: b.nodeId, path: good });
    bytes = readFileSync(good);
    return () => {
      a.cleanup();
      b.cleanup();
    };
  });

  it('a truncated file, anywhere it is cut', async () => {
    for (const keep of [10, 60, 200, bytes.length >> 1, bytes.length - 1]) {
      const path = join(b.dir, `cut-${keep}.bundle`);
      writeFileSync(path, bytes.subarray(0, keep));
      await refused(b, path, keep < 17 ? 'BUNDLE_NOT_A_BUNDLE' : 'BUNDLE_DAMAGED');
    }
  });

  it('a flipped byte anywhere: envelope, age header, body, last byte', async () => {
    const header = bytes.indexOf('age-encryption.org');
    const positions = [20, header + 30, header + 150, bytes.length >> 1, bytes.length - 1];
    for (const at of positions) {
      const path = join(b.dir, `flip-${at}.bundle`);
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] ?? 0) ^ 0x01;
      writeFileSync(path, copy);
      await refused(b, path, 'BUNDLE_DAMAGED');
    }
  });

  it('a bundle for another node', async () => {
    const c = await node(asansolOffice);
    introduce(a, c);
    await expect(importBundle(c.context, { path: good })).rejects.toMatchObject({
      code: 'BUNDLE_NOT_FOR_THIS_NODE',
    });
    // Rewriting the clear envelope to name c does not help: c cannot open it.
    const forged = Buffer.from(bytes.toString('latin1').replace(b.nodeId, c.nodeId), 'latin1');
    const path = join(c.dir, 'forged.bundle');
    writeFileSync(path, forged);
    await refused(c, path, 'BUNDLE_DAMAGED');
  });

  it('from an unknown node, and from one signing in another node’s name', async () => {
    const stranger = await node(dhanbadOffice);
    introduce(b, stranger);
    const path = join(stranger.dir, 'stranger.bundle');
    await exportBundle(stranger.context, { peer: b.nodeId, path });
    await refused(b, path, 'BUNDLE_UNKNOWN_SENDER');
    // A bundle claiming to be from a, signed by another key: the signature gives it away.
    const impostor = join(b.dir, 'impostor.bundle');
    await handMade(a, b, impostor, [], createNodeIdentity());
    await refused(b, impostor, 'BUNDLE_DAMAGED');
  });

  it('from a revoked node', async () => {
    const x = await node(dhanbadOffice);
    const y = await node(asansolOffice);
    introduce(x, y);
    introduce(y, x);
    const path = join(x.dir, 'before-revocation.bundle');
    await exportBundle(x.context, { peer: y.nodeId, path });
    // Another node of x's office revokes x; y holds that signed change.
    const colleague = createNodeIdentity();
    createChangeLog({
      db: y.context.store.db,
      identity: colleague,
      hlc: y.context.hlc,
      clock: y.context.clock,
      officeId: 'jh-dhanbad',
    }).write(
      [
        {
          entity: 'node',
          recordId: colleague.nodeId.toLowerCase(),
          op: 'create',
          body: {
            fields: { officeId: 'jh-dhanbad', publicKey: colleague.publicKeyHex, label: 'sp' },
          },
        },
        { entity: 'node', recordId: x.nodeId.toLowerCase(), op: 'delete', body: {} },
      ],
      'system',
    );
    await refused(y, path, 'BUNDLE_SENDER_REVOKED');
  });

  it('an unsupported format version', async () => {
    const path = join(b.dir, 'v2.bundle');
    writeFileSync(path, Buffer.concat([Buffer.from('SAMANVAY-BUNDLE/2'), bytes.subarray(17)]));
    await refused(b, path, 'BUNDLE_VERSION');
  });

  it('an entry that inflates past the limit (a deflate bomb)', async () => {
    const path = join(b.dir, 'bomb.bundle');
    const bomb = Buffer.alloc(80 * 1024 * 1024, 0x20);
    await handMade(a, b, path, [{ name: 'commits/000001.json', bytes: bomb, deflate: true }]);
    expect(readFileSync(path).length).toBeLessThan(1024 * 1024);
    await refused(b, path, 'BUNDLE_TOO_LARGE');
  });

  it('an entry name that escapes its folder', async () => {
    for (const name of ['../../.bashrc', 'photos/../../x.jpg', '/etc/passwd', 'C:\\x.json']) {
      const path = join(b.dir, 'escape.bundle');
      await handMade(a, b, path, [{ name, bytes: Buffer.from('[]'), deflate: true }]);
      await refused(b, path, 'BUNDLE_BAD_ENTRY');
    }
  });

  it('files that are not bundles: a JPEG, an empty file, 2 GB of zeros (sparse)', async () => {
    const jpeg = join(b.dir, 'photo.jpg');
    writeFileSync(jpeg, await texturedJpeg(64, 64));
    await refused(b, jpeg, 'BUNDLE_NOT_A_BUNDLE');
    const empty = join(b.dir, 'empty.bundle');
    writeFileSync(empty, '');
    await refused(b, empty, 'BUNDLE_NOT_A_BUNDLE');
    const zeros = join(b.dir, 'zeros.bundle');
    writeFileSync(zeros, '');
    truncateSync(zeros, 2 * 1024 ** 3);
    await refused(b, zeros, 'BUNDLE_NOT_A_BUNDLE');
  });

  it('a good bundle still imports after all that', async () => {
    const done = await importBundle(b.context, { path: good });
    expect(done.applied).toBeGreaterThan(0);
  });
});

describe('share rules carry over from sync', () => {
  it('a local case never enters the bundle, not even encrypted', async () => {
    const a = await node(dhanbadOffice);
    const b = await node(asansolOffice);
    introduce(a, b);
    introduce(b, a);
    await a.api['cases.create']({
      ...kulti,
      firNumber: '999',
      place: 'Secret safehouse Maithon',
      sharing: 'local',
    });
    const path = join(a.dir, 'share.bundle');
    await exportBundle(a.context, { peer: b.nodeId, path });
    const { readBundle } = await import('./bundleFile');
    const seen: string[] = [];
    await readBundle(path, {
      self: b.nodeId,
      identity: deriveBundleKey(b.context.identity).identity,
      senderKey: () => a.context.identity.publicKeyHex,
      onEntry: (entry) => {
        seen.push(entry.bytes.toString('utf8'));
      },
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.join('\n')).not.toContain('Maithon');
  });
});
