import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/openDatabase';
import { migrations } from '../db/migrations';

/**
 * An unencrypted in-memory database with the full schema, for tests of rules that do not
 * depend on storage (merge, apply). Storage tests use the real encrypted file.
 */
export function memoryDb(): Db {
  const db = new Database(':memory:');
  for (const migration of migrations) migration.up(db);
  return db;
}

/** The tables derived from the change log: equal on nodes that hold the same changes. */
export const derivedTables = [
  'offices',
  'nodes',
  'operators',
  'cases',
  'suspects',
  'log_entries',
  'notes',
  'links',
  'set_elements',
  'removed_tags',
  'lookouts',
  'hits',
  'hit_replies',
] as const;

/** Every derived table's rows, sorted, as text: equal dumps mean equal data. */
export function dumpTables(db: Db): string {
  const parts = derivedTables.map((table) => {
    const rows = db
      .prepare(`SELECT * FROM ${table}`)
      .all()
      .map((row) => JSON.stringify(row));
    return `${table}\n${rows.sort().join('\n')}`;
  });
  const statuses = db
    .prepare('SELECT origin, seq, status FROM changes ORDER BY origin, seq')
    .all()
    .map((row) => JSON.stringify(row));
  return [...parts, `changes\n${statuses.join('\n')}`].join('\n\n');
}
