import { afterEach, describe, expect, it } from 'vitest';
import {
  changeCount,
  createCase,
  newId,
  pair,
  startNode,
  tablesDigest,
  until,
  type TestNode,
} from './syncKit';

const open: TestNode[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((node) => node.close()));
});

async function nodes(count: number, officeIds: string[] = []): Promise<TestNode[]> {
  const started = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      startNode(String.fromCharCode(65 + index), {
        officeId: officeIds[index] ?? `office-${index}`,
      }),
    ),
  );
  open.push(...started);
  return started;
}

const digestsEqual =
  (...list: TestNode[]) =>
  () =>
    new Set(list.map((node) => tablesDigest(node.context.store.db))).size === 1;

describe('sync between two nodes over pinned mutual TLS', () => {
  it('sends what each lacks, then pushes new commits live', async () => {
    const [a, b] = await nodes(2, ['jh-dhanbad', 'wb-adpc']);
    if (!a || !b) throw new Error('nodes');
    for (let index = 0; index < 30; index += 1) a.write([createCase(newId(a.context.officeId))]);
    b.write([createCase(newId(b.context.officeId)), createCase(newId(b.context.officeId))]);
    pair(a, b);
    await until('initial sync', digestsEqual(a, b));
    expect(changeCount(a.context.store.db)).toBe(3 + 30 + 3 + 2);
    await until(
      'both in sync',
      () => a.service.inSyncWith(b.nodeId) && b.service.inSyncWith(a.nodeId),
    );

    const id = newId(a.context.officeId);
    a.write([createCase(id)]);
    await until(
      'live push',
      () => b.context.store.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(id) !== undefined,
      5000,
    );
    const status = a.service.status();
    expect(status.peers).toEqual([expect.objectContaining({ nodeId: b.nodeId, online: true })]);
  });

  it('converges under concurrent edits of the same records on both sides', async () => {
    const [a, b] = await nodes(2, ['jh-dhanbad', 'jh-dhanbad']);
    if (!a || !b) throw new Error('nodes');
    pair(a, b);
    const ids = [newId(a.context.officeId), newId(a.context.officeId), newId(a.context.officeId)];
    a.write(ids.map((id) => createCase(id)));
    await until('cases on B', () => changeCount(b.context.store.db) >= 3 + 3 + 3);
    const lanes = ['under_investigation', 'arrested', 'closed'] as const;
    for (let round = 0; round < 20; round += 1) {
      for (const [index, id] of ids.entries()) {
        const lane = lanes[(round + index) % lanes.length] ?? 'closed';
        a.write([{ entity: 'case', recordId: id, op: 'update', body: { fields: { lane } } }]);
        b.write([
          {
            entity: 'case',
            recordId: id,
            op: 'update',
            body: { fields: { priority: round % 2 ? 'high' : 'low', lane } },
          },
        ]);
        b.write([
          {
            entity: 'case',
            recordId: id,
            op: 'add',
            body: { field: 'tags', value: `round ${round}` },
          },
        ]);
      }
    }
    await until('convergence', digestsEqual(a, b));
    const tags = b.context.store.db
      .prepare(
        "SELECT count(DISTINCT value) FROM set_elements WHERE field = 'tags' AND removed = 0",
      )
      .pluck()
      .get();
    expect(tags).toBe(20);
  });
});

describe('clock skew', () => {
  it('a day either way loses no edit: later edits win, both sides’ set additions stay', async () => {
    const day = 86_400_000;
    const a = await startNode('A', {
      officeId: 'jh-dhanbad',
      clock: { now: () => Date.now() + day },
    });
    const b = await startNode('B', {
      officeId: 'jh-dhanbad',
      clock: { now: () => Date.now() - day },
    });
    open.push(a, b);
    pair(a, b);
    const id = newId(a.context.officeId);
    a.write([createCase(id)]);
    await until('case on B', () => changeCount(b.context.store.db) >= 3 + 3 + 1);
    // B, a day behind, edits after seeing A's edit: its stamp must still come later.
    a.write([
      {
        entity: 'case',
        recordId: id,
        op: 'update',
        body: { fields: { lane: 'under_investigation' } },
      },
    ]);
    await until('A’s edit on B', () => laneOf(b, id) === 'under_investigation');
    b.write([
      { entity: 'case', recordId: id, op: 'update', body: { fields: { lane: 'charge_sheeted' } } },
    ]);
    a.write([
      { entity: 'case', recordId: id, op: 'add', body: { field: 'tags', value: 'from A' } },
    ]);
    b.write([
      { entity: 'case', recordId: id, op: 'add', body: { field: 'tags', value: 'from B' } },
    ]);
    await until('convergence', digestsEqual(a, b));
    expect(laneOf(a, id)).toBe('charge_sheeted');
    const tags = a.context.store.db
      .prepare(
        'SELECT DISTINCT value FROM set_elements WHERE record_id = ? AND removed = 0 ORDER BY value',
      )
      .pluck()
      .all(id);
    expect(tags).toEqual(['from A', 'from B']);
  });
});

function laneOf(node: TestNode, id: string): unknown {
  return node.context.store.db.prepare('SELECT lane FROM cases WHERE id = ?').pluck().get(id);
}
