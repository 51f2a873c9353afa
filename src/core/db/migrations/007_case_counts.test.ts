import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/domain/change';
import { createApplier } from '../../changes/applyChange';
import { formatStamp } from '../../changes/hlc';
import { linkId } from '../../changes/linkId';
import { laneCounts } from '../../repos/laneCounts';
import { memoryDb } from '../../testing/memoryDb';
import type { Db } from '../openDatabase';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

const caseIds = ['jh-dhanbad:case-1', 'jh-dhanbad:case-2', 'jh-dhanbad:case-3'];
const lanes = ['reported', 'arrested', 'closed'] as const;
const priorities = ['normal', 'high'] as const;
const crimeHeads = ['Theft', 'theft', 'Robbery'] as const;
const stations = ['Nirsa', 'Kulti'] as const;

function caseFields(index: number) {
  return {
    policeStation: 'Nirsa',
    firNumber: `${100 + index}`,
    firYear: 2026,
    sections: [],
    crimeHead: 'Theft',
    occurredAt: 1_760_000_000_000,
    place: '',
    propertyValue: 0,
    mo: '',
    summary: '',
    lane: 'reported',
    priority: 'normal',
    sharing: 'network',
  };
}

/** The counters next to a fresh count of the cases, group by group. */
function countersAndCases(db: Db) {
  const counters = db
    .prepare(
      `SELECT lane, office_id, police_station, crime_head, priority, has_suspects, n FROM case_counts
       ORDER BY 1, 2, 3, 4 COLLATE NOCASE, 5, 6`,
    )
    .all();
  const cases = db
    .prepare(
      `SELECT lane, office_id, police_station, min(crime_head) AS crime_head, priority,
         suspect_count > 0 AS has_suspects, count(*) AS n FROM cases WHERE deleted = 0
       GROUP BY lane, office_id, police_station, crime_head COLLATE NOCASE, priority, suspect_count > 0
       ORDER BY 1, 2, 3, 4 COLLATE NOCASE, 5, 6`,
    )
    .all();
  return { counters, cases };
}

const step = fc.oneof(
  fc.record({
    kind: fc.constant('update' as const),
    case: fc.nat(2),
    wall: fc.nat(5),
    lane: fc.nat(2),
    priority: fc.nat(1),
    crimeHead: fc.nat(2),
    station: fc.nat(1),
  }),
  fc.record({
    kind: fc.constantFrom('create' as const, 'delete' as const),
    case: fc.nat(2),
    wall: fc.nat(5),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    case: fc.nat(2),
    wall: fc.nat(5),
    suspect: fc.nat(1),
    remove: fc.boolean(),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function history(steps: Step[]): Change[] {
  let seq = 0;
  const adds: string[] = [];
  return steps.map((item) => {
    seq += 1;
    const base = {
      origin: 'NODE-A',
      seq,
      hlc: formatStamp(1_760_000_000_000 + item.wall, seq),
      office: 'jh-dhanbad',
      operator: 'op-1',
    };
    const recordId = caseIds[item.case] ?? '';
    if (item.kind === 'link') {
      const fields = {
        kind: 'suspect_case' as const,
        fromId: `jh-dhanbad:suspect-${item.suspect}`,
        toId: recordId,
        role: 'accused' as const,
      };
      if (!item.remove) adds.push(`NODE-A:${seq}`);
      return {
        ...base,
        entity: 'link',
        recordId: linkId(fields),
        op: item.remove ? 'remove' : 'add',
        body: item.remove ? { fields, tags: [...adds] } : { fields },
      };
    }
    if (item.kind === 'update') {
      const fields = {
        lane: lanes[item.lane],
        priority: priorities[item.priority],
        crimeHead: crimeHeads[item.crimeHead],
        policeStation: stations[item.station],
      };
      return { ...base, entity: 'case', recordId, op: 'update', body: { fields } };
    }
    return item.kind === 'create'
      ? { ...base, entity: 'case', recordId, op: 'create', body: { fields: caseFields(item.case) } }
      : { ...base, entity: 'case', recordId, op: 'delete', body: {} };
  });
}

describe('migration 007: case counts', () => {
  it('counts the cases already there by lane and filter, ignoring the case of a crime head', () => {
    const scratch = scratchDatabase(migrations, 6);
    try {
      const insert = scratch.db.prepare(
        `INSERT INTO cases (id, office_id, police_station, fir_number, fir_year, sections, crime_head,
           occurred_at, place, property_value, mo, summary, lane, priority, sharing, created_stamp,
           created_at, updated_at, last_change, deleted)
         VALUES (?, 'jh-dhanbad', 'Nirsa', ?, 2026, '[]', ?, 0, '', 0, '', '', ?, 'high', 'network',
           's', 0, 0, 'x', ?)`,
      );
      insert.run('a', '1', 'Theft', 'reported', 0);
      insert.run('b', '2', 'theft', 'reported', 0);
      insert.run('c', '3', 'Theft', 'closed', 0);
      insert.run('d', '4', 'Theft', 'closed', 1);
      runMigrations(scratch.db, migrations.slice(0, 7));
      expect(schemaVersion(scratch.db)).toBe(7);
      expect(Object.fromEntries(laneCounts(scratch.db, { crimeHead: 'theft' }))).toEqual({
        reported: 2,
        closed: 1,
      });
      expect(laneCounts(scratch.db, { priority: 'normal' }).size).toBe(0);
    } finally {
      scratch.close();
    }
  });

  it('keeps every counter equal to the cases it counts, in any order of arrival, after every change', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 30 }),
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
              const { counters, cases } = countersAndCases(db);
              expect(counters).toEqual(cases);
            }
            // A case replayed from the log: forgotten, then made again.
            forget('case', caseIds[0] ?? '');
            expect(countersAndCases(db).counters).toEqual(countersAndCases(db).cases);
            for (const change of shuffled) if (change.recordId === caseIds[0]) apply(change);
            expect(countersAndCases(db).counters).toEqual(countersAndCases(db).cases);
            // The board's totals from the counters equal a count of the cases themselves.
            for (const filter of [
              {},
              { hasSuspects: true },
              { crimeHead: 'theft' as const, priority: 'high' as const },
            ]) {
              const scanned = laneCounts(db, { ...filter, from: 0 });
              expect(laneCounts(db, filter)).toEqual(scanned);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: Number(process.env.SAMANVAY_PROPERTY_RUNS ?? 150) },
    );
  });
});
