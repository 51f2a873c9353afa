import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hitVerdicts, type HitVerdict } from '../../src/shared/domain/lookouts';
import { createNode } from '../../src/core/node/openNode';
import type { NodeContext } from '../../src/core/node/nodeContext';
import { createNodeApi, type NodeApi } from '../../src/core/services/nodeApi';
import { lookoutInputFor, suspectInputFor } from '../../src/core/services/lookoutTestKit';
import { createCommitStore, type CommitStore } from '../../src/core/sync/commitStore';
import { addPeer } from '../../src/core/sync/peerStore';
import { testKdf, testPassphrase } from '../../src/core/testing/tempCore';
import { officeFor } from './syncKit';

interface Office {
  context: NodeContext;
  api: NodeApi;
  store: CommitStore;
  nodeId: string;
}

const dirs: string[] = [];
async function office(id: string): Promise<Office> {
  const dir = mkdtempSync(join(tmpdir(), `samanvay-hits-${id}-`));
  dirs.push(dir);
  const { context, nodeId } = await createNode(
    { dbPath: join(dir, 'node.db'), kdf: testKdf, passphrase: testPassphrase },
    { office: officeFor(id), operator: { name: `Operator ${id}`, rank: 'SI' } },
  );
  return { context, api: createNodeApi(context), store: createCommitStore(context), nodeId };
}

/**
 * Sends `from` what `to` lacks, commit by commit in order, as sync does; then lets `to`
 * finish what it does after a batch (comparing received lookouts with its records).
 */
async function deliver(from: Office, to: Office): Promise<void> {
  for (const commit of from.store.commitsFor({ ...to.store.vector }, 100_000, new Set())) {
    const outcome = to.store.receive(commit, from.nodeId);
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.rejection));
  }
  await new Promise((resolve) => setImmediate(resolve));
}

const pairHits = (node: Office, lookoutId: string, matchId: string) =>
  node.context.store.db
    .prepare('SELECT count(*) FROM hits WHERE lookout_id = ? AND match_id = ?')
    .pluck()
    .get(lookoutId, matchId) as number;

const suppressedAt = (node: Office, lookoutId: string, matchId: string) =>
  node.context.store.db
    .prepare(
      "SELECT count(*) FROM hit_replies WHERE lookout_id = ? AND match_id = ? AND verdict = 'not_same_person'",
    )
    .pluck()
    .get(lookoutId, matchId) !== 0;

type Step =
  | { kind: 'edit'; marks: string }
  | { kind: 'reply'; verdict: HitVerdict }
  | { kind: 'sync'; way: 'toIssuer' | 'toFinder' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), marks: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('reply' as const), verdict: fc.constantFrom(...hitVerdicts) }),
  fc.record({
    kind: fc.constant('sync' as const),
    way: fc.constantFrom('toIssuer' as const, 'toFinder' as const),
  }),
);

describe('hit suppression across two offices (property)', () => {
  let issuer: Office;
  let finder: Office;
  beforeAll(async () => {
    issuer = await office('jh-dhanbad');
    finder = await office('wb-adpc');
    for (const [left, right] of [
      [issuer, finder],
      [finder, issuer],
    ] as const) {
      addPeer(
        left.context.store.db,
        { nodeId: right.nodeId, officeId: right.context.officeId, address: '127.0.0.1:1' },
        Date.now(),
      );
    }
  });
  afterAll(() => {
    for (const node of [issuer, finder]) node.store.close();
    for (const node of [issuer, finder]) node.context.store.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('received changes are checked: a suspect written before the lookout reached its office raises the hit where the two meet', async () => {
    const vehicle = 'WB-44-C-4321';
    const now = Date.now();
    const { id: lookoutId } = await issuer.api['lookouts.raise'](
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle }),
    );
    const { id: suspectId } = await finder.api['suspects.create'](
      suspectInputFor({ name: 'Unnamed driver', vehicles: ['wb44c4321'] }),
    );
    expect(pairHits(finder, lookoutId, suspectId)).toBe(0);
    await deliver(finder, issuer);
    const [hit] = await issuer.api['hits.list']({ lookoutId, limit: 5 });
    expect(hit).toMatchObject({
      officeId: 'jh-dhanbad',
      matchId: suspectId,
      matchTitle: 'Unnamed driver',
      reasons: ['vehicle'],
    });
    // The hit travels to the office whose record it is; nobody raises a second one.
    await deliver(issuer, finder);
    await deliver(finder, issuer);
    expect([
      pairHits(issuer, lookoutId, suspectId),
      pairHits(finder, lookoutId, suspectId),
    ]).toEqual([1, 1]);
  });

  it('once "not the same person" is held by an office, that pair never raises another hit there, in any order of edits, replies and syncs', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        run += 1;
        // Each run is its own pair: a vehicle no other run uses.
        const vehicle = `JH-10-AB-${String(1000 + run)}`;
        const now = Date.now();
        const { id: lookoutId } = await issuer.api['lookouts.raise'](
          lookoutInputFor(now, { target: 'vehicle', name: '', vehicle }),
        );
        const { id: suspectId } = await finder.api['suspects.create'](
          suspectInputFor({ name: 'Unnamed rider', vehicles: [vehicle] }),
        );
        const raisedBy = (node: Office) =>
          node.context.store.db
            .prepare(
              'SELECT count(*) FROM hits WHERE lookout_id = ? AND match_id = ? AND office_id = ?',
            )
            .pluck()
            .get(lookoutId, suspectId, node.context.officeId) as number;
        // Hits each office has raised on the pair when it first held "not the same person".
        const ownBefore = new Map<Office, number>();
        for (const action of steps) {
          for (const node of [issuer, finder])
            if (suppressedAt(node, lookoutId, suspectId) && !ownBefore.has(node))
              ownBefore.set(node, raisedBy(node));
          if (action.kind === 'edit') {
            await finder.api['suspects.update']({ id: suspectId, fields: { marks: action.marks } });
          } else if (action.kind === 'reply') {
            const open = (await issuer.api['hits.list']({ lookoutId, limit: 100 })).find(
              (hit) => hit.reply === null,
            );
            if (open)
              await issuer.api['hits.reply']({ hitId: open.id, verdict: action.verdict, note: '' });
          } else if (action.way === 'toIssuer') await deliver(finder, issuer);
          else await deliver(issuer, finder);
          for (const [node, before] of ownBefore) expect(raisedBy(node)).toBe(before);
        }
        // Both ways: the two offices then hold the same hits and replies.
        await deliver(finder, issuer);
        await deliver(issuer, finder);
        await deliver(finder, issuer);
        for (const [node, before] of ownBefore) expect(raisedBy(node)).toBe(before);
        expect(pairHits(issuer, lookoutId, suspectId)).toBe(pairHits(finder, lookoutId, suspectId));
      }),
      { numRuns: 25 },
    );
  });
});
