import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 008: log outline', () => {
  it('reads a day’s outline from the indexes alone, keeping the entries there', () => {
    const scratch = scratchDatabase(migrations, 7);
    try {
      scratch.db
        .prepare(
          `INSERT INTO log_entries (id, office_id, operator_id, at, category, text, urgent, reply_to,
             case_ids, suspect_ids, vehicles, photos, created_stamp, created_at)
           VALUES ('jh-dhanbad:log-1', 'jh-dhanbad', 'op', 5, 'information', 'Convoy at Barakar', 0,
             NULL, '[]', '[]', '[]', '[]', 's', 5)`,
        )
        .run();
      runMigrations(scratch.db, migrations.slice(0, 8));
      expect(schemaVersion(scratch.db)).toBe(8);
      const plan = (
        scratch.db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT e.id, e.at, e.reply_to FROM log_entries e WHERE e.deleted = 0
             AND (e.at >= 0 AND e.at < 10 OR e.reply_to IN (
               SELECT id FROM log_entries WHERE at >= 0 AND at < 10))`,
          )
          .all() as Array<{ detail: string }>
      ).map((row) => row.detail);
      expect(plan.filter((detail) => detail.startsWith('SEARCH'))).toEqual([
        expect.stringMatching(/COVERING INDEX log_by_time/),
        expect.stringMatching(/COVERING INDEX log_by_time/),
        expect.stringMatching(/COVERING INDEX log_by_reply/),
      ]);
      expect(scratch.db.prepare('SELECT text FROM log_entries').all()).toEqual([
        { text: 'Convoy at Barakar' },
      ]);
    } finally {
      scratch.close();
    }
  });
});
