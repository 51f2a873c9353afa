import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/domain/change';
import { createApplier } from '../../changes/applyChange';
import { formatStamp } from '../../changes/hlc';
import { linkId } from '../../changes/linkId';
import { memoryDb } from '../../testing/memoryDb';
import type { Db } from '../openDatabase';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

const caseIds = ['jh-dhanbad:case-1', 'jh-dhanbad:case-2', 'wb-adpc:case-3'];
const suspectIds = ['jh-dhanbad:suspect-1', 'wb-adpc:suspect-2', 'wb-adpc:suspect-3'];
const nodes = [
  { id: 'NODE-A', office: 'jh-dhanbad' },
  { id: 'NODE-B', office: 'jh-dhanbad' },
  { id: 'NODE-C', office: 'wb-adpc' },
] as const;
const roles = ['accused', 'witness'] as const;

function caseFields(index: number) {
  return {
    policeStation: 'Nirsa',
    firNumber: `${100 + index}`,
    firYear: 2026,
    sections: ['BNS 309(4)'],
    crimeHead: 'Robbery',
    occurredAt: 1_760_000_000_000,
    place: 'NH-19',
    propertyValue: 0,
    mo: '',
    summary: '',
    lane: 'reported',
    priority: 'normal',
    sharing: 'network',
  };
}

/** Every case's stored count next to the links that are present to it. */
function countsAndLinks(db: Db) {
  return db
    .prepare(
      `SELECT id, suspect_count AS stored, (SELECT count(*) FROM links l WHERE l.to_id = c.id
         AND l.kind = 'suspect_case' AND l.present = 1) AS linked FROM cases c ORDER BY id`,
    )
    .all() as Array<{ id: string; stored: number; linked: number }>;
}

const linkStep = fc.record({
  node: fc.nat(2),
  wall: fc.nat(5),
  suspect: fc.nat(2),
  case: fc.nat(2),
  role: fc.nat(1),
  remove: fc.boolean(),
  tagPicks: fc.array(fc.nat(40), { maxLength: 3 }),
});
const caseStep = fc.record({ case: fc.nat(2), delete: fc.boolean(), wall: fc.nat(5) });
const step = fc.oneof(
  { weight: 4, arbitrary: linkStep.map((s) => ({ kind: 'link' as const, ...s })) },
  { weight: 1, arbitrary: caseStep.map((s) => ({ kind: 'case' as const, ...s })) },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** A history of case creations and deletions, and links added and removed by any office. */
function history(steps: Step[]): Change[] {
  const seqs = [0, 0, 0];
  const addTags: string[] = [];
  const changes: Change[] = [];
  const push = (
    node: number,
    wall: number,
    change: Pick<Change, 'entity' | 'recordId' | 'op' | 'body'>,
  ) => {
    const origin = nodes[node] ?? nodes[0];
    seqs[node] = (seqs[node] ?? 0) + 1;
    const seq = seqs[node] ?? 1;
    changes.push({
      origin: origin.id,
      seq,
      hlc: formatStamp(1_760_000_000_000 + wall, seq),
      office: origin.office,
      operator: 'op-1',
      ...change,
    });
    if (change.op === 'add') addTags.push(`${origin.id}:${seq}`);
  };
  for (const step of steps) {
    if (step.kind === 'case') {
      const recordId = caseIds[step.case] ?? '';
      const node = recordId.startsWith('wb-adpc') ? 2 : 0;
      push(node, step.wall, {
        entity: 'case',
        recordId,
        op: step.delete ? 'delete' : 'create',
        body: step.delete ? {} : { fields: caseFields(step.case) },
      });
      continue;
    }
    const fields = {
      kind: 'suspect_case' as const,
      fromId: suspectIds[step.suspect] ?? '',
      toId: caseIds[step.case] ?? '',
      role: roles[step.role] ?? 'accused',
    };
    const tags = step.tagPicks.map((pick) => addTags[pick % Math.max(1, addTags.length)] ?? 'x:0');
    push(step.node, step.wall, {
      entity: 'link',
      recordId: linkId(fields),
      op: step.remove ? 'remove' : 'add',
      body: step.remove ? { fields, tags } : { fields },
    });
  }
  return changes;
}

describe('migration 006: case suspect count', () => {
  it('counts the suspects already linked to each case', () => {
    const scratch = scratchDatabase(migrations, 5);
    try {
      const insertCase = scratch.db.prepare(
        `INSERT INTO cases (id, office_id, police_station, fir_number, fir_year, sections, crime_head,
           occurred_at, place, property_value, mo, summary, lane, priority, sharing, created_stamp,
           created_at, updated_at, last_change)
         VALUES (?, 'jh-dhanbad', 'Nirsa', ?, 2026, '[]', 'Theft', 0, '', 0, '', '', 'reported',
           'normal', 'network', 's', 0, 0, 'x')`,
      );
      caseIds.forEach((id, index) => insertCase.run(id, String(index)));
      const insertLink = scratch.db.prepare(
        `INSERT INTO links (id, kind, from_id, to_id, role, office_id, created_stamp, created_at, present)
         VALUES (?, ?, ?, ?, 'accused', 'jh-dhanbad', 's', 0, ?)`,
      );
      insertLink.run('l1', 'suspect_case', suspectIds[0], caseIds[0], 1);
      insertLink.run('l2', 'suspect_case', suspectIds[1], caseIds[0], 1);
      insertLink.run('l3', 'suspect_case', suspectIds[2], caseIds[0], 0);
      insertLink.run('l4', 'suspect_case', suspectIds[2], caseIds[1], 1);
      insertLink.run('l5', 'case_case', caseIds[0], caseIds[2], 1);

      runMigrations(scratch.db, migrations.slice(0, 6));
      expect(schemaVersion(scratch.db)).toBe(6);
      expect(countsAndLinks(scratch.db).map((row) => row.stored)).toEqual([2, 1, 0]);
    } finally {
      scratch.close();
    }
  });

  it('keeps the stored count equal to the links, in any order of arrival, after every change', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.infiniteStream(fc.nat()),
        (steps, randomness) => {
          const changes = history(steps);
          const shuffled = [...changes]
            .map((change) => ({ change, key: randomness.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ change }) => change);
          const db = memoryDb();
          try {
            const { apply, forget } = createApplier(db);
            for (const change of shuffled) {
              apply(change);
              for (const row of countsAndLinks(db)) expect(row.stored).toBe(row.linked);
            }
            // A record replayed from the log (its rows forgotten, its changes applied again).
            const replayed = shuffled.find((change) => change.entity === 'link');
            if (replayed) {
              forget('link', replayed.recordId);
              for (const row of countsAndLinks(db)) expect(row.stored).toBe(row.linked);
              for (const change of shuffled)
                if (change.recordId === replayed.recordId) apply(change);
            }
            for (const row of countsAndLinks(db)) expect(row.stored).toBe(row.linked);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: Number(process.env.SAMANVAY_PROPERTY_RUNS ?? 150) },
    );
  });
});
