import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 019: overdue inputs', () => {
  it('raises the version on a log entry’s set element, not on a case’s', () => {
    const scratch = scratchDatabase(migrations, 18);
    try {
      runMigrations(scratch.db, migrations.slice(0, 19));
      expect(schemaVersion(scratch.db)).toBe(19);
      const version = () =>
        scratch.db.prepare('SELECT version FROM overdue_inputs').pluck().get() as number;
      const add = scratch.db.prepare(
        `INSERT INTO set_elements (entity, record_id, field, value, tag, removed)
         VALUES (?, 'x:1', 'acks', 'wb-adpc', ?, 0)`,
      );
      expect(version()).toBe(0);
      add.run('case', 't1');
      expect(version()).toBe(0);
      add.run('log', 't2');
      expect(version()).toBe(1);
      scratch.db.prepare("UPDATE set_elements SET removed = 1 WHERE tag = 't2'").run();
      expect(version()).toBe(2);
    } finally {
      scratch.close();
    }
  });
});
