import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 013: lookouts', () => {
  it('keeps existing records and adds empty lookout, key, hit and reply tables', () => {
    const scratch = scratchDatabase(migrations, 12);
    try {
      scratch.db
        .prepare(
          `INSERT INTO offices (id, office_id, name_en, name_hi, name_bn, state, district, police_stations,
             created_stamp, updated_at, last_change)
           VALUES ('jh-dhanbad', 'jh-dhanbad', 'Dhanbad', '', '', '', '', '[]', 's', 1, 'c')`,
        )
        .run();
      runMigrations(scratch.db, migrations.slice(0, 13));
      expect(schemaVersion(scratch.db)).toBe(13);
      expect(scratch.db.prepare('SELECT name_en FROM offices').pluck().get()).toBe('Dhanbad');
      for (const table of ['lookouts', 'lookout_keys', 'hits', 'hit_replies']) {
        expect(scratch.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
      }
      scratch.db.prepare("INSERT INTO lookout_keys VALUES ('n:rbl', 'jh-dhanbad:1')").run();
      expect(() =>
        scratch.db.prepare("INSERT INTO lookout_keys VALUES ('n:rbl', 'jh-dhanbad:1')").run(),
      ).toThrow(/UNIQUE/);
      // STRICT: a hit's score is a whole number, not text.
      expect(() =>
        scratch.db
          .prepare(
            `INSERT INTO hits (id, office_id, lookout_id, match_entity, match_id, match_title,
               reasons, score, found_at, created_stamp, created_at)
             VALUES ('h', 'o', 'l', 'suspect', 'm', 't', '[]', 'high', 1, 's', 1)`,
          )
          .run(),
      ).toThrow(/cannot store TEXT/);
    } finally {
      scratch.close();
    }
  });
});
