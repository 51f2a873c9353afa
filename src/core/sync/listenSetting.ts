import type { Db, ReadDb } from '../db/openDatabase';
import { parseAddress } from './peerStore';

const key = 'sync.listen';

/**
 * Where this node accepts peers, as its administrator set it on the Sync screen (HOST:PORT),
 * kept with the node's own settings in the encrypted database; undefined: dial only.
 */
export function readListenSetting(db: ReadDb): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

/** Saves (or, with null, clears) the listen address; INVALID_INPUT unless it is HOST:PORT. */
export function writeListenSetting(db: Db, address: string | null): void {
  if (address === null) {
    db.prepare('DELETE FROM meta WHERE key = ?').run(key);
    return;
  }
  parseAddress(address);
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, address);
}

/** The saved listen address as the sync service takes it, if one is saved. */
export function listenFromSetting(db: ReadDb): { host: string; port: number } | undefined {
  const address = readListenSetting(db);
  return address === undefined ? undefined : parseAddress(address);
}
