import type { Migration } from './migration';

/**
 * Sync bundles: each node's published bundle key (an age X25519 recipient in its signed node
 * record), what each peer last acknowledged (by an ack bundle or over the network), so the next
 * export for it is a delta, and the history of bundles exported and imported here. The last
 * two are local bookkeeping, never synced.
 */
export const migration010Bundles: Migration = {
  version: 10,
  name: 'bundles',
  up(db) {
    db.exec(`
      ALTER TABLE nodes ADD COLUMN bundle_key TEXT;

      CREATE TABLE bundle_acks (
        peer TEXT PRIMARY KEY,
        vector TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE bundle_history (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        kind TEXT NOT NULL CHECK (kind IN ('changes', 'ack')),
        peer TEXT NOT NULL,
        at INTEGER NOT NULL,
        operator TEXT NOT NULL,
        file TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        summary TEXT NOT NULL
      ) STRICT;
      CREATE INDEX bundle_history_by_time ON bundle_history (at DESC);
    `);
  },
};
