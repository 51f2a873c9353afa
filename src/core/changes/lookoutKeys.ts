import { phoneKey, vehicleKey } from '../../shared/search/identifierKeys';
import { nameKeys } from '../../shared/search/phoneticKey';
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
  const row = db.prepare(
    'SELECT name, aliases, vehicle, phone, deleted FROM lookouts WHERE id = ?',
  );
  const clear = db.prepare('DELETE FROM lookout_keys WHERE lookout_id = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO lookout_keys (key, lookout_id) VALUES (?, ?)');
  return {
    /** Rewrites one lookout's keys from its row (or removes them). */
    refresh(id: string): void {
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
