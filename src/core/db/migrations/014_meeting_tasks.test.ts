import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 014: meeting tasks', () => {
  it('lists tasks by due time from their own index, keeping the entries there', () => {
    const scratch = scratchDatabase(migrations, 13);
    try {
      scratch.db
        .prepare(
          `INSERT INTO log_entries (id, office_id, operator_id, at, category, text, urgent, reply_to,
             case_ids, suspect_ids, vehicles, photos, created_stamp, created_at, due_at)
           VALUES ('jh-dhanbad:task-1', 'jh-dhanbad', 'op', 5, 'task', 'Share CDR of 9431000000', 0,
             NULL, '[]', '[]', '[]', '[]', 's', 5, 100)`,
        )
        .run();
      runMigrations(scratch.db, migrations.slice(0, 14));
      expect(schemaVersion(scratch.db)).toBe(14);
      const plan = (
        scratch.db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT id FROM log_entries
             WHERE category = 'task' AND deleted = 0 ORDER BY due_at, id`,
          )
          .all() as Array<{ detail: string }>
      ).map((row) => row.detail);
      expect(plan.join(' ')).toMatch(/log_tasks_by_due/);
      expect(plan.join(' ')).not.toMatch(/TEMP B-TREE/);
      expect(scratch.db.prepare('SELECT text, due_at FROM log_entries').all()).toEqual([
        { text: 'Share CDR of 9431000000', due_at: 100 },
      ]);
    } finally {
      scratch.close();
    }
  });
});
