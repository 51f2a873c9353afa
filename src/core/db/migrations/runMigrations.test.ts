import { describe, expect, it } from 'vitest';
import type { Db } from '../openDatabase';
import { migrations } from './index';
import type { Migration } from './migration';
import { scratchDatabase } from './migrationTestKit';
import { latestVersion, runMigrations, schemaVersion } from './runMigrations';

const tables = (db: Db) =>
  (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((name) => name.startsWith('t_'));

const registry: Migration[] = [
  {
    version: 1,
    name: 'one',
    up: (db) => db.exec('CREATE TABLE t_one (id INTEGER PRIMARY KEY) STRICT'),
  },
  {
    version: 2,
    name: 'two',
    up: (db) => db.exec('CREATE TABLE t_two (id INTEGER PRIMARY KEY) STRICT'),
  },
  {
    version: 3,
    name: 'three',
    up: (db) =>
      db.exec(
        "ALTER TABLE t_one ADD COLUMN label TEXT; INSERT INTO t_one (id, label) VALUES (1, 'made by 3')",
      ),
  },
];

describe('runMigrations', () => {
  it('applies pending migrations in order and records each version', () => {
    const scratch = scratchDatabase(registry, 0);
    expect(runMigrations(scratch.db, registry.slice(0, 1))).toEqual([1]);
    expect(schemaVersion(scratch.db)).toBe(1);
    expect(runMigrations(scratch.db, registry)).toEqual([2, 3]);
    expect(schemaVersion(scratch.db)).toBe(3);
    expect(tables(scratch.db)).toEqual(['t_one', 't_two']);
    expect(scratch.db.prepare('SELECT label FROM t_one').pluck().get()).toBe('made by 3');
    scratch.close();
  });

  it('does nothing the second time', () => {
    const scratch = scratchDatabase(registry, 3);
    expect(runMigrations(scratch.db, registry)).toEqual([]);
    expect(scratch.db.prepare('SELECT count(*) FROM t_one').pluck().get()).toBe(1);
    scratch.close();
  });

  it('rolls back a migration that fails, keeping the ones before it, and stops', () => {
    const failing: Migration[] = [
      registry[0]!,
      {
        version: 2,
        name: 'half done',
        up: (db) => {
          db.exec(
            'CREATE TABLE t_half (id INTEGER PRIMARY KEY) STRICT; INSERT INTO t_one (id) VALUES (7)',
          );
          throw new Error('boom');
        },
      },
      registry[1]!,
    ];
    const scratch = scratchDatabase(registry, 0);
    expect(() => runMigrations(scratch.db, failing.slice(0, 2))).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    expect(schemaVersion(scratch.db)).toBe(1);
    expect(tables(scratch.db)).toEqual(['t_one']);
    expect(scratch.db.prepare('SELECT count(*) FROM t_one').pluck().get()).toBe(0);
    expect(scratch.db.inTransaction).toBe(false);
    scratch.close();
  });

  it('refuses a database newer than the registry, changing nothing', () => {
    const scratch = scratchDatabase(registry, 3);
    expect(() => runMigrations(scratch.db, registry.slice(0, 2))).toThrow(
      expect.objectContaining({ code: 'DATABASE_NEWER' }),
    );
    expect(schemaVersion(scratch.db)).toBe(3);
    scratch.close();
  });

  it('refuses a registry with gaps or out of order', () => {
    const scratch = scratchDatabase(registry, 0);
    expect(() => runMigrations(scratch.db, [registry[1]!, registry[0]!])).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    expect(() => runMigrations(scratch.db, [registry[0]!, registry[2]!])).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    expect(schemaVersion(scratch.db)).toBe(0);
    scratch.close();
  });

  it('the real registry is in order and applies cleanly to an empty database', () => {
    const scratch = scratchDatabase(migrations, 0);
    expect(runMigrations(scratch.db, migrations)).toEqual(
      migrations.map((migration) => migration.version),
    );
    expect(schemaVersion(scratch.db)).toBe(latestVersion(migrations));
    expect(scratch.db.pragma('foreign_key_check')).toEqual([]);
    scratch.close();
  });
});
