import type { ReadDb, Db } from '../db/openDatabase';

/** Keys of the node's own settings in the `meta` table (inside the encrypted database). */
export type MetaKey = 'node.privateKey' | 'node.id' | 'office.id' | 'operator.id';

export function readMeta(db: ReadDb, key: MetaKey): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: MetaKey, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
