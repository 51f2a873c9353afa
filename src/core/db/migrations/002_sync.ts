import type { Migration } from './migration';

/**
 * Sync's local state, never synced itself: the peers this node is paired with, the sync log
 * (refused connections, rejected changes, peer errors) and the chunks of photos still being
 * fetched, so a transfer resumes from the last chunk received.
 */
export const migration002Sync: Migration = {
  version: 2,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE peers (
        node_id TEXT PRIMARY KEY,
        address TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        last_contact INTEGER
      ) STRICT;

      CREATE TABLE sync_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('refused', 'rejected', 'error')),
        peer TEXT NOT NULL,
        address TEXT NOT NULL,
        code TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_log_by_kind ON sync_log (kind, id);

      CREATE TABLE photo_parts (
        hash TEXT NOT NULL,
        offset INTEGER NOT NULL,
        total INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (hash, offset)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
