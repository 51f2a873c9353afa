import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 003: board indexes', () => {
  it('lets a filtered board count a lane from an index, not by scanning the cases', () => {
    const scratch = scratchDatabase(migrations, 2);
    try {
      runMigrations(scratch.db, migrations.slice(0, 3));
      expect(schemaVersion(scratch.db)).toBe(3);
      const plan = (sql: string) =>
        (scratch.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>)
          .map((row) => row.detail)
          .join('\n');
      expect(
        plan(
          "SELECT count(*) FROM cases c WHERE c.deleted = 0 AND c.priority = 'high' AND c.lane = 'reported'",
        ),
      ).toMatch(/USING COVERING INDEX cases_by_priority/);
      expect(
        plan(
          "SELECT count(*) FROM cases c WHERE c.deleted = 0 AND c.crime_head = 'theft' COLLATE NOCASE AND c.lane = 'closed'",
        ),
      ).toMatch(/INDEX cases_by_crime_head/);
    } finally {
      scratch.close();
    }
  });
});
