import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 012: following dossiers', () => {
  it('adds the follows and notices tables and asks for the search index to be rebuilt', () => {
    const scratch = scratchDatabase(migrations, 11);
    try {
      scratch.db.prepare("DELETE FROM meta WHERE key = 'search.rebuild'").run();
      runMigrations(scratch.db, migrations.slice(0, 12));
      expect(schemaVersion(scratch.db)).toBe(12);
      scratch.db.prepare("INSERT INTO follows VALUES ('op1', 's1', 1)").run();
      const notice = scratch.db.prepare(
        `INSERT INTO follow_notices (operator_id, record_id, origin, seq, office_id, entity, op, fields, at)
         VALUES ('op1', 's1', 'n2', 7, 'wb-adpc', 'suspect', 'update', '["status"]', 1)`,
      );
      notice.run();
      // One change leaves one notice per operator, however often it is taken in.
      expect(() => notice.run()).toThrow(/UNIQUE/);
      expect(
        scratch.db.prepare("SELECT value FROM meta WHERE key = 'search.rebuild'").pluck().get(),
      ).toBe('1');
      // The full-text vocabulary counts the documents each word is in.
      scratch.db
        .prepare("INSERT INTO search_text (rowid, title, body) VALUES (1, 't', 'pistol shop')")
        .run();
      scratch.db
        .prepare("INSERT INTO search_text (rowid, title, body) VALUES (2, 't', 'pistol')")
        .run();
      expect(
        scratch.db.prepare("SELECT doc FROM search_vocab WHERE term = 'pistol'").pluck().get(),
      ).toBe(2);
    } finally {
      scratch.close();
    }
  });
});
