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

const caseId = 'jh-dhanbad:case-1';
const suspectId = 'jh-dhanbad:suspect-1';

const counters = (db: Db) =>
  db
    .prepare(
      'SELECT lane, crime_head, has_suspects, n FROM case_counts ORDER BY lane, has_suspects',
    )
    .all();
const suspectCount = (db: Db) =>
  (db.prepare('SELECT suspect_count AS n FROM cases WHERE id = ?').get(caseId) as { n: number }).n;

function change(seq: number, part: Pick<Change, 'entity' | 'recordId' | 'op' | 'body'>): Change {
  return {
    origin: 'NODE-A',
    seq,
    hlc: formatStamp(1_760_000_000_000, seq),
    office: 'jh-dhanbad',
    operator: 'op-1',
    ...part,
  };
}

const link = { kind: 'suspect_case', fromId: suspectId, toId: caseId, role: 'accused' } as const;
const linkAdded = change(1, {
  entity: 'link',
  recordId: linkId(link),
  op: 'add',
  body: { fields: link },
});
const caseCreated = change(2, {
  entity: 'case',
  recordId: caseId,
  op: 'create',
  body: {
    fields: {
      policeStation: 'Nirsa',
      firNumber: '12',
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
    },
  },
});

describe('migration 016: case insert counts', () => {
  it('takes the INSERT triggers off the cases table and leaves the counts as they were', () => {
    const scratch = scratchDatabase(migrations, 15);
    try {
      // Rows as the change path wrote them before: the triggers counted them.
      scratch.db
        .prepare(
          `INSERT INTO links (id, kind, from_id, to_id, role, office_id, created_stamp, created_at, present)
           VALUES ('l1', 'suspect_case', ?, ?, 'accused', 'jh-dhanbad', 's', 0, 1)`,
        )
        .run(suspectId, caseId);
      scratch.db
        .prepare(
          `INSERT INTO cases (id, office_id, police_station, fir_number, fir_year, sections, crime_head,
             occurred_at, place, property_value, mo, summary, lane, priority, sharing, created_stamp,
             created_at, updated_at, last_change)
           VALUES (?, 'jh-dhanbad', 'Nirsa', '12', 2026, '[]', 'theft', 0, '', 0, '', '',
             'registered', 'normal', 'network', 's', 0, 0, 'x')`,
        )
        .run(caseId);
      const before = counters(scratch.db);
      expect(before).toEqual([{ lane: 'registered', crime_head: 'theft', has_suspects: 1, n: 1 }]);
      runMigrations(scratch.db, migrations.slice(0, 16));
      expect(schemaVersion(scratch.db)).toBe(16);
      const triggers = scratch.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'cases'")
        .pluck()
        .all();
      expect(triggers).not.toContain('cases_count_suspects');
      expect(triggers).not.toContain('case_counts_on_insert');
      expect(triggers).toContain('case_counts_on_update');
      expect(counters(scratch.db)).toEqual(before);
      expect(suspectCount(scratch.db)).toBe(1);
    } finally {
      scratch.close();
    }
  });

  it('a case made after the migration is counted by the change path, its earlier links too', () => {
    const db = memoryDb();
    try {
      const { apply, forget } = createApplier(db);
      apply(linkAdded);
      apply(caseCreated);
      expect(suspectCount(db)).toBe(1);
      expect(counters(db)).toEqual([
        { lane: 'registered', crime_head: 'theft', has_suspects: 1, n: 1 },
      ]);
      // Replayed from the log (row forgotten, made again): counted out, then back in once.
      forget('case', caseId);
      expect(counters(db)).toEqual([]);
      apply(caseCreated);
      expect(counters(db)).toEqual([
        { lane: 'registered', crime_head: 'theft', has_suspects: 1, n: 1 },
      ]);
    } finally {
      db.close();
    }
  });
});
