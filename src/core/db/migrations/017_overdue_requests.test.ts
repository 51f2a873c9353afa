import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 017: overdue requests', () => {
  it('answers whether an office replied to a request from an index alone', () => {
    const scratch = scratchDatabase(migrations, 16);
    try {
      runMigrations(scratch.db, migrations.slice(0, 17));
      expect(schemaVersion(scratch.db)).toBe(17);
      const plan = (
        scratch.db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT 1 FROM log_entries r
             WHERE r.reply_to = 'x' AND r.deleted = 0 AND r.office_id = 'wb-adpc'`,
          )
          .all() as Array<{ detail: string }>
      ).map((row) => row.detail);
      expect(plan).toContainEqual(expect.stringMatching(/COVERING INDEX log_replies_by_office/));
    } finally {
      scratch.close();
    }
  });
});
