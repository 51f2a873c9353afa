import type { Migration } from './migration';

/**
 * Lookout notices, hits and replies to hits (issue 12). `lookouts` holds each notice as its
 * changes derive it; `lookout_keys` is this node's index of what an active notice is matched
 * on (name keys, vehicle and phone keys), so the hit check on each write is a few index
 * look-ups; `hits` and `hit_replies` are append-only records of the finding and the issuing
 * office.
 */
export const migration013Lookouts: Migration = {
  version: 13,
  name: 'lookouts',
  up(db) {
    db.exec(`
      CREATE TABLE lookouts (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL,
        suspect_id TEXT,
        name TEXT NOT NULL,
        father_name TEXT NOT NULL,
        age INTEGER,
        aliases TEXT NOT NULL,
        particulars TEXT NOT NULL,
        vehicle TEXT NOT NULL,
        phone TEXT NOT NULL,
        photo TEXT,
        action TEXT NOT NULL,
        valid_from INTEGER NOT NULL,
        valid_until INTEGER NOT NULL,
        reward INTEGER NOT NULL,
        withdrawn INTEGER NOT NULL,
        withdrawn_reason TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        last_change TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX lookouts_by_validity ON lookouts (valid_until DESC) WHERE deleted = 0;

      CREATE TABLE lookout_keys (
        key TEXT NOT NULL,
        lookout_id TEXT NOT NULL,
        PRIMARY KEY (key, lookout_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX lookout_keys_by_lookout ON lookout_keys (lookout_id);

      CREATE TABLE hits (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        lookout_id TEXT NOT NULL,
        match_entity TEXT NOT NULL,
        match_id TEXT NOT NULL,
        match_title TEXT NOT NULL,
        reasons TEXT NOT NULL,
        score INTEGER NOT NULL,
        found_at INTEGER NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX hits_by_pair ON hits (lookout_id, match_id);
      CREATE INDEX hits_by_time ON hits (found_at DESC);

      CREATE TABLE hit_replies (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        lookout_id TEXT NOT NULL,
        hit_id TEXT NOT NULL,
        match_id TEXT NOT NULL,
        verdict TEXT NOT NULL,
        note TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX hit_replies_by_pair ON hit_replies (lookout_id, match_id);
      CREATE INDEX hit_replies_by_hit ON hit_replies (hit_id);
    `);
  },
};
