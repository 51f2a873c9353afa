import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { openNode } from '../node/openNode';
import type { NodeContext } from '../node/nodeContext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhanbadOffice, testPassphrase } from '../testing/tempCore';
import { exportBundle, importBundle } from './bundleService';
import { asansolOffice, bundleNode, introduce, kulti, type TestNode } from './bundleTestKit';

/** What a peer sees: every change it holds and every case. */
function state(node: { context: NodeContext }): string {
  const db = node.context.store.db;
  return JSON.stringify([
    db.prepare('SELECT origin, seq, status FROM changes ORDER BY origin, seq').all(),
    db.prepare('SELECT id, fir_number, place FROM cases ORDER BY id').all(),
  ]);
}

describe('bundle imports in any order', () => {
  let a: TestNode;
  const bundles: string[] = [];
  beforeAll(async () => {
    a = await bundleNode(dhanbadOffice);
    const { id } = await a.api['cases.create'](kulti);
    bundles.push(join(a.dir, '1.bundle'));
    const template = await bundleNode(asansolOffice);
    introduce(a, template);
    introduce(template, a);
    template.context.store.close();
    // Three bundles made one after another, each after more edits; none acknowledged.
    await exportBundle(a.context, { peer: template.nodeId, path: bundles[0] ?? '' });
    await a.api['cases.update']({ id, fields: { place: 'Kumardhubi more' } });
    await a.api['cases.create']({ ...kulti, firNumber: '300' });
    bundles.push(join(a.dir, '2.bundle'));
    await exportBundle(a.context, { peer: template.nodeId, path: bundles[1] ?? '' });
    await a.api['cases.update']({ id, fields: { place: 'Chirkunda check post' } });
    bundles.push(join(a.dir, '3.bundle'));
    await exportBundle(a.context, { peer: template.nodeId, path: bundles[2] ?? '' });
    golden = template;
  });
  let golden: TestNode | undefined;
  afterAll(() => {
    a.cleanup();
    golden?.cleanup();
  });

  /** A copy of the recipient as it was before any bundle: same node, same key. */
  async function freshRecipient() {
    const dir = mkdtempSync(join(tmpdir(), 'samanvay-order-'));
    cpSync(golden?.dir ?? '', dir, { recursive: true });
    const context = await openNode(
      { dbPath: join(dir, 'node.db') },
      { passphrase: testPassphrase },
    );
    return {
      context,
      cleanup() {
        context.store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  it('ends where the newest bundle imported alone ends: repeats and older ones change nothing', async () => {
    const expected = new Map<number, string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }),
        async (order) => {
          const b = await freshRecipient();
          try {
            for (const index of order)
              await importBundle(b.context, { path: bundles[index] ?? '' });
            const newest = Math.max(...order);
            if (!expected.has(newest)) {
              const reference = await freshRecipient();
              try {
                await importBundle(reference.context, { path: bundles[newest] ?? '' });
                expected.set(newest, state(reference));
              } finally {
                reference.cleanup();
              }
            }
            expect(state(b)).toBe(expected.get(newest));
          } finally {
            b.cleanup();
          }
        },
      ),
      { numRuns: Number(process.env.SAMANVAY_SYNC_PROPERTY_RUNS ?? 6) },
    );
  });
});
