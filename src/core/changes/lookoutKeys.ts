import { phoneKey, vehicleKey } from '../../shared/search/identifierKeys';
import { nameKeys } from '../../shared/search/phoneticKey';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/openDatabase';

interface LookoutKeyRow {
  name: string;
  aliases: string;
  vehicle: string;
  phone: string;
  deleted: number;
}

/**
 * What a lookout is matched on, as keys of `lookout_keys`: `n:` each word key of its name and
 * aliases (any script), `v:` its vehicle, `p:` its phone (last ten digits).
 */
export function lookoutMatchKeys(lookout: {
  name: string;
  aliases: string[];
  vehicle: string;
  phone: string;
}): string[] {
  const keys = new Set<string>();
  for (const name of [lookout.name, ...lookout.aliases]) {
    for (const key of nameKeys(name)) keys.add(`n:${key}`);
  }
  const vehicle = lookout.vehicle === '' ? '' : vehicleKey(lookout.vehicle);
  if (vehicle !== '') keys.add(`v:${vehicle}`);
  const phone = lookout.phone === '' ? '' : phoneKey(lookout.phone);
  if (phone.length >= 6) keys.add(`p:${phone}`);
  return [...keys];
}

/**
 * Keeps `lookout_keys` equal to the lookouts' rows: the change log refreshes each lookout a
 * change reached, inside the same transaction, so the hit check never reads stale keys.
 */
export function createLookoutKeys(db: Db) {
  // Prepared on first use: the search index is also rebuilt on schemas before migration 013.
  let statements: { row: Statement; clear: Statement; insert: Statement } | undefined;
  const prepared = () =>
    (statements ??= {
      row: db.prepare('SELECT name, aliases, vehicle, phone, deleted FROM lookouts WHERE id = ?'),
      clear: db.prepare('DELETE FROM lookout_keys WHERE lookout_id = ?'),
      insert: db.prepare('INSERT OR IGNORE INTO lookout_keys (key, lookout_id) VALUES (?, ?)'),
    });
  return {
    /** Rewrites one lookout's keys from its row (or removes them). */
    refresh(id: string): void {
      const { row, clear, insert } = prepared();
      clear.run(id);
      const lookout = row.get(id) as LookoutKeyRow | undefined;
      if (!lookout || lookout.deleted === 1) return;
      const keys = lookoutMatchKeys({
        name: lookout.name,
        aliases: JSON.parse(lookout.aliases) as string[],
        vehicle: lookout.vehicle,
        phone: lookout.phone,
      });
      for (const key of keys) insert.run(key, id);
    },
  };
}
