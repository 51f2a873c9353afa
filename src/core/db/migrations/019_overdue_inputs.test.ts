import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 019: overdue inputs', () => {
  it('keeps its twelve triggers through every later migration', () => {
    const scratch = scratchDatabase(migrations, migrations.length);
    try {
      const triggers = scratch.db
        .prepare(
          "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'overdue_inputs_%'",
        )
        .pluck()
        .get();
      expect(triggers).toBe(12);
    } finally {
      scratch.close();
    }
  });

  it('raises the version on a log entry’s close, not on a case’s, nor on a plain entry’s acknowledgement', () => {
    const scratch = scratchDatabase(migrations, 18);
    try {
      runMigrations(scratch.db, migrations.slice(0, 19));
      expect(schemaVersion(scratch.db)).toBe(19);
      const version = () =>
        scratch.db.prepare('SELECT version FROM overdue_inputs').pluck().get() as number;
      const add = scratch.db.prepare(
        `INSERT INTO set_elements (entity, record_id, field, value, tag, removed)
         VALUES (?, 'x:1', ?, 'wb-adpc', ?, 0)`,
      );
      expect(version()).toBe(0);
      add.run('case', 'closes', 't1');
      add.run('log', 'acks', 't0');
      expect(version()).toBe(0);
      add.run('log', 'closes', 't2');
      expect(version()).toBe(1);
      scratch.db.prepare("UPDATE set_elements SET removed = 1 WHERE tag = 't2'").run();
      expect(version()).toBe(2);
    } finally {
      scratch.close();
    }
  });
});
