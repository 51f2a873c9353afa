import { describe, expect, it } from 'vitest';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

describe('migration 010: bundles', () => {
  it('keeps existing node records, adds an empty bundle key, and the two bundle tables', () => {
    const scratch = scratchDatabase(migrations, 9);
    try {
      scratch.db
        .prepare(
          `INSERT INTO nodes (id, office_id, public_key, label, created_stamp, updated_at, last_change)
           VALUES ('n1', 'dhanbad', 'ab', 'workstation', 's', 1, 'c')`,
        )
        .run();
      runMigrations(scratch.db, migrations.slice(0, 10));
      expect(schemaVersion(scratch.db)).toBe(10);
      expect(scratch.db.prepare('SELECT label, bundle_key FROM nodes').get()).toEqual({
        label: 'workstation',
        bundle_key: null,
      });
      scratch.db
        .prepare(
          `INSERT INTO bundle_history (direction, kind, peer, at, operator, file, bytes, summary)
           VALUES ('export', 'changes', 'n2', 1, 'op', 'x.bundle', 10, '{}')`,
        )
        .run();
      expect(() =>
        scratch.db
          .prepare(
            `INSERT INTO bundle_history (direction, kind, peer, at, operator, file, bytes, summary)
             VALUES ('sideways', 'changes', 'n2', 1, 'op', 'x', 1, '{}')`,
          )
          .run(),
      ).toThrow(/CHECK/);
      scratch.db.prepare("INSERT INTO bundle_acks VALUES ('n2', '{}', 1)").run();
      expect(scratch.db.prepare('SELECT count(*) AS n FROM bundle_acks').get()).toEqual({ n: 1 });
    } finally {
      scratch.close();
    }
  });
});
