import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 018: equivocations', () => {
  it('keeps one proof per origin and signature', () => {
    const scratch = scratchDatabase(migrations, 17);
    try {
      runMigrations(scratch.db, migrations.slice(0, 18));
      expect(schemaVersion(scratch.db)).toBe(18);
      const insert = scratch.db.prepare(
        `INSERT OR IGNORE INTO equivocations
           (origin, first_seq, last_seq, signature, seqs, commit_json, via, seen_at)
         VALUES ('X', 3, 3, 'sig', '3', '{}', 'peer', 1)`,
      );
      expect(insert.run().changes).toBe(1);
      expect(insert.run().changes).toBe(0);
    } finally {
      scratch.close();
    }
  });
});
