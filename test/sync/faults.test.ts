import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faultyConnection } from './faultyConnection';
import {
  createCase,
  holds,
  newId,
  pair,
  startNode,
  tablesDigest,
  until,
  type TestNode,
} from './syncKit';

const runs = Number(process.env.SAMANVAY_SYNC_PROPERTY_RUNS ?? 3);
const offices = ['jh-dhanbad', 'wb-adpc', 'jh-dhanbad', 'wb-purulia', 'wb-adpc'];
const lanes = ['under_investigation', 'arrested', 'charge_sheeted', 'closed'] as const;

const scenario = fc.record({
  nodes: fc.integer({ min: 3, max: 5 }),
  extraEdges: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 3 }),
  seed: fc.integer(),
  steps: fc.array(
    fc.record({
      node: fc.nat(4),
      kind: fc.constantFrom('create', 'update', 'tag'),
      target: fc.nat(20),
      lane: fc.constantFrom(...lanes),
      pauseMs: fc.integer({ min: 0, max: 15 }),
    }),
    { minLength: 20, maxLength: 60 },
  ),
});

/** mulberry32 */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sync through a fault-injecting proxy', () => {
  it('every node ends with every change and identical tables', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ nodes: count, extraEdges, seed, steps }) => {
        const random = seeded(seed);
        let faults = true;
        const rates = { drop: 0.1, duplicate: 0.1, delay: 0.2, maxDelayMs: 40 };
        const nodes: TestNode[] = [];
        try {
          for (let index = 0; index < count; index += 1) {
            nodes.push(
              await startNode(`P${index}`, {
                officeId: offices[index] ?? 'jh-dhanbad',
                sync: {
                  wrapConnection: (connection) =>
                    faultyConnection(connection, rates, random, () => faults),
                },
              }),
            );
          }
          const at = (index: number) => nodes[index % count] as TestNode;
          // A chain keeps the mesh connected; extra edges add relays with more than one path.
          for (let index = 1; index < count; index += 1) pair(at(index - 1), at(index));
          const paired = new Set<string>();
          for (let index = 1; index < count; index += 1) paired.add(`${index - 1}-${index}`);
          const link = (left: number, right: number) => {
            const [low, high] = left < right ? [left, right] : [right, left];
            if (low === high || paired.has(`${low}-${high}`)) return;
            paired.add(`${low}-${high}`);
            pair(at(low), at(high));
          };
          for (const [left, right] of extraEdges) link(left % count, right % count);
          // Workstations of one office pair with each other directly (a stranger never joins a
          // known office through a relay); the first vouches for the others to every office.
          for (let left = 0; left < count; left += 1) {
            for (let right = left + 1; right < count; right += 1) {
              if (offices[left] === offices[right]) link(left, right);
            }
          }
          const created: Array<{ id: string; owner: TestNode }> = [];
          let written = 0;
          for (const step of steps) {
            const node = at(step.node);
            // Only the owning office edits, and only records that have reached this node.
            const mine = created.filter(
              (record) =>
                record.owner.context.officeId === node.context.officeId &&
                holds(node, 'cases', record.id),
            );
            const target = mine[step.target % Math.max(1, mine.length)];
            if (step.kind === 'create' || !target) {
              const id = newId(node.context.officeId);
              node.write([createCase(id)]);
              created.push({ id, owner: node });
            } else if (step.kind === 'update') {
              node.write([
                {
                  entity: 'case',
                  recordId: target.id,
                  op: 'update',
                  body: { fields: { lane: step.lane } },
                },
              ]);
            } else {
              node.write([
                {
                  entity: 'case',
                  recordId: target.id,
                  op: 'add',
                  body: { field: 'tags', value: step.lane },
                },
              ]);
            }
            written += 1;
            if (step.pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, step.pauseMs));
          }
          const changes = (node: TestNode) =>
            node.context.store.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
          // Each workstation vouches once for the other workstation of its office it paired with.
          let vouches = 0;
          for (let left = 0; left < count; left += 1) {
            for (let right = left + 1; right < count; right += 1) {
              if (offices[left] === offices[right]) vouches += 2;
            }
          }
          const expected = count * 3 + written + vouches;
          // Faults stay on while the nodes catch up: drops and reordering must be recovered from.
          await until(
            'every change everywhere',
            () => nodes.every((node) => changes(node) === expected),
            45_000,
          );
          faults = false;
          const digests = new Set(nodes.map((node) => tablesDigest(node.context.store.db)));
          expect(digests.size).toBe(1);
          const refused = nodes.flatMap((node) =>
            node.context.store.db
              .prepare("SELECT reason FROM changes WHERE status = 'refused'")
              .pluck()
              .all(),
          );
          expect(refused).toEqual([]);
        } finally {
          await Promise.all(nodes.map((node) => node.close()));
        }
      }),
      {
        numRuns: runs,
        endOnFailure: true,
        seed: Number(process.env.SAMANVAY_SYNC_PROPERTY_SEED ?? 4242),
      },
    );
  }, 300_000);
});
