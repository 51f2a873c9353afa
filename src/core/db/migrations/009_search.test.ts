import { describe, expect, it } from 'vitest';
import { rebuildSearchIndexIfDue } from '../../changes/searchIndexer';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 009: search', () => {
  it('asks for the index of the records a database already holds, built once at the next open', () => {
    const scratch = scratchDatabase(migrations, 8);
    try {
      const { db } = scratch;
      db.prepare(
        `INSERT INTO suspects (id, office_id, name, father_name, age, sex, address, marks, build, mo,
           gang, status, reward, sharing, created_stamp, created_at, updated_at, last_change)
         VALUES ('jh-dhanbad:s1', 'jh-dhanbad', 'मो. रबीउल शेख', '', 34, 'male', 'निरसा', '', '', '',
           '', 'wanted', 0, 'network', 's', 0, 0, 's')`,
      ).run();
      db.prepare(
        `INSERT INTO set_elements (entity, record_id, field, value, tag, removed)
         VALUES ('suspect', 'jh-dhanbad:s1', 'vehicles', 'JH-10-AB-1234', 't1', 0)`,
      ).run();
      db.prepare(
        `INSERT INTO log_entries (id, office_id, operator_id, at, category, text, urgent, case_ids,
           suspect_ids, vehicles, photos, created_stamp, created_at)
         VALUES ('jh-dhanbad:l1', 'jh-dhanbad', 'o', 0, 'information', 'Call from 09876543210', 0,
           '[]', '[]', '[]', '[]', 's', 0)`,
      ).run();
      runMigrations(db, migrations.slice(0, 9));
      expect(schemaVersion(db)).toBe(9);
      expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(0);
      expect(rebuildSearchIndexIfDue(db, 0)).toBe(true);
      expect(rebuildSearchIndexIfDue(db, 0)).toBe(false);
      expect(db.prepare('SELECT key FROM search_names ORDER BY key').pluck().all()).toEqual([
        'RBL',
        'SK',
      ]);
      expect(db.prepare('SELECT key FROM search_vehicles').pluck().all()).toEqual(['JH10AB1234']);
      expect(db.prepare('SELECT key FROM search_phones').pluck().all()).toEqual(['9876543210']);
      expect(
        db
          .prepare('SELECT count(*) FROM search_text WHERE search_text MATCH \'"निरसा"\'')
          .pluck()
          .get(),
      ).toBe(1);
    } finally {
      scratch.close();
    }
  });
});
