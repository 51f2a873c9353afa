import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 002: sync state', () => {
  it('adds peers, the sync log and photo parts to a version 1 database, keeping its rows', () => {
    const scratch = scratchDatabase(migrations, 1);
    try {
      scratch.db.prepare("INSERT INTO meta (key, value) VALUES ('node.id', 'X')").run();
      runMigrations(scratch.db, migrations.slice(0, 2));
      expect(schemaVersion(scratch.db)).toBe(2);
      expect(scratch.db.prepare("SELECT value FROM meta WHERE key = 'node.id'").get()).toEqual({
        value: 'X',
      });
      scratch.db
        .prepare('INSERT INTO peers (node_id, address, added_at) VALUES (?, ?, ?)')
        .run('ABCD-EFGH-JKMN-PQRS', '10.8.0.2:7400', 1);
      expect(() =>
        scratch.db
          .prepare('INSERT INTO peers (node_id, address, added_at) VALUES (?, ?, ?)')
          .run('ABCD-EFGH-JKMN-PQRS', '10.8.0.3:7400', 2),
      ).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() =>
        scratch.db
          .prepare(
            "INSERT INTO sync_log (at, kind, peer, address, code, detail) VALUES (1, 'maybe', '', '', '', '')",
          )
          .run(),
      ).toThrow(/CHECK constraint/);
    } finally {
      scratch.close();
    }
  });
});
