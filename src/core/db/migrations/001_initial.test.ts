import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 001: initial schema', () => {
  it('creates the change log and every derived table on an empty encrypted database', () => {
    const scratch = scratchDatabase(migrations, 0);
    try {
      runMigrations(scratch.db, migrations.slice(0, 1));
      expect(schemaVersion(scratch.db)).toBe(1);
      const tables = (
        scratch.db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
          .all() as Array<{
          name: string;
        }>
      ).map((row) => row.name);
      expect(tables).toEqual(
        expect.arrayContaining([
          'changes',
          'commits',
          'meta',
          'offices',
          'nodes',
          'operators',
          'cases',
          'suspects',
          'log_entries',
          'notes',
          'links',
          'set_elements',
          'removed_tags',
          'photos',
        ]),
      );
    } finally {
      scratch.close();
    }
  });

  it('refuses a change row with an unknown status and a duplicate (origin, seq)', () => {
    const scratch = scratchDatabase(migrations, 1);
    try {
      const insert = scratch.db.prepare(
        `INSERT INTO changes (origin, seq, hlc, office, operator, entity, record_id, op, body, commit_last_seq, status)
         VALUES ('A', 1, 'h', 'o', 'p', 'case', 'c', 'create', '{}', 1, ?)`,
      );
      expect(() => insert.run('maybe')).toThrow(/CHECK constraint/);
      insert.run('applied');
      expect(() => insert.run('applied')).toThrow(/UNIQUE|PRIMARY KEY/);
    } finally {
      scratch.close();
    }
  });

  it('types columns strictly: text in a number column is refused', () => {
    const scratch = scratchDatabase(migrations, 1);
    try {
      expect(() =>
        scratch.db
          .prepare(
            `INSERT INTO cases (id, office_id, police_station, fir_number, fir_year, sections, crime_head, occurred_at,
               place, property_value, mo, summary, lane, priority, sharing, created_stamp, created_at, updated_at, last_change)
             VALUES ('c', 'o', 'ps', '1', 'twenty', '[]', 'x', 0, '', 0, '', '', 'reported', 'normal', 'network', 's', 0, 0, '')`,
          )
          .run(),
      ).toThrow(/cannot store TEXT value in INTEGER column/);
    } finally {
      scratch.close();
    }
  });
});
