import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 015: board text', () => {
  it('reads the lane and time of cases found by id from an index alone', () => {
    const scratch = scratchDatabase(migrations, 14);
    try {
      runMigrations(scratch.db, migrations.slice(0, 15));
      expect(schemaVersion(scratch.db)).toBe(15);
      const plan = (
        scratch.db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT c.id, c.lane, c.updated_at FROM cases c
             INDEXED BY cases_lane_by_id WHERE c.deleted = 0 AND c.id IN ('a', 'b')`,
          )
          .all() as Array<{ detail: string }>
      ).map((row) => row.detail);
      expect(plan).toContainEqual(expect.stringMatching(/COVERING INDEX cases_lane_by_id/));
    } finally {
      scratch.close();
    }
  });
});
