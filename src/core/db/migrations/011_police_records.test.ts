import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

const record = `created_stamp, created_at, updated_at, last_change`;
const stamps = `'s', 1, 1, 'l'`;

describe('migration 011: police records', () => {
  it('keeps old records, shows the new fields empty and moves lanes, statuses and crime heads', () => {
    const scratch = scratchDatabase(migrations, 10);
    try {
      const { db } = scratch;
      db.prepare(
        `INSERT INTO cases (id, office_id, police_station, fir_number, fir_year, sections, crime_head,
           occurred_at, place, property_value, mo, summary, lane, priority, sharing, ${record})
         VALUES (?, 'jh-dhanbad', 'Nirsa', ?, 2024, '["IPC 379"]', ?, 0, 'Nirsa', 5000, '', '', ?, 'normal', 'network', ${stamps})`,
      ).run('jh-dhanbad:c1', '1', 'Cheating / cyber fraud', 'reported');
      db.prepare(
        `INSERT INTO cases (id, office_id, police_station, fir_number, fir_year, sections, crime_head,
           occurred_at, place, property_value, mo, summary, lane, priority, sharing, ${record})
         VALUES (?, 'jh-dhanbad', 'Nirsa', ?, 2024, '[]', ?, 0, '', 0, '', '', ?, 'normal', 'network', ${stamps})`,
      ).run('jh-dhanbad:c2', '2', 'Coal / sand smuggling', 'arrested');
      db.prepare(
        `INSERT INTO suspects (id, office_id, name, father_name, sex, address, marks, build, mo, gang,
           status, reward, sharing, ${record})
         VALUES ('jh-dhanbad:s1', 'jh-dhanbad', 'Bapi Mondal', '', 'male', 'Kulti', '', '', '', '', 'in_custody', 0, 'network', ${stamps})`,
      ).run();
      db.prepare(
        `INSERT INTO log_entries (id, office_id, operator_id, at, category, text, urgent, case_ids,
           suspect_ids, vehicles, photos, created_stamp, created_at)
         VALUES ('jh-dhanbad:l1', 'jh-dhanbad', 'op', 5, 'request', 'Verify', 0, '[]', '[]', '[]', '[]', 's', 1)`,
      ).run();

      runMigrations(db, migrations.slice(0, 11));
      expect(schemaVersion(db)).toBe(11);

      const cases = db.prepare('SELECT * FROM cases ORDER BY id').all() as Array<
        Record<string, unknown>
      >;
      expect(cases.map((row) => [row.lane, row.crime_head])).toEqual([
        ['registered', 'cyber_fraud'],
        ['under_investigation', 'coal_theft'],
      ]);
      expect(cases[0]).toMatchObject({
        sections: '["IPC 379"]',
        property_value: 5000,
        occurred_to: null,
        reported_at: null,
        gd_number: '',
        complainant: null,
        victims: '[]',
        io_name: '',
        stolen_items: '[]',
        recovered_items: '[]',
        final_report_kind: '',
        supplementary_charge_sheets: 0,
      });
      expect(db.prepare('SELECT * FROM suspects').get()).toMatchObject({
        name: 'Bapi Mondal',
        status: 'judicial_custody',
        relation: '',
        present_address: '',
        age_on: null,
        history_sheet_number: '',
        status_date: null,
        reward_authority: '',
      });
      expect(db.prepare('SELECT * FROM log_entries').get()).toMatchObject({
        text: 'Verify',
        addressed_to: '[]',
        memo_number: '',
        due_at: null,
        incoming_operator: '',
      });
    } finally {
      scratch.close();
    }
  });
});
