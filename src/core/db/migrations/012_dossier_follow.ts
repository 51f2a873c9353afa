import type { Migration } from './migration';

/**
 * Following a dossier (issue 12): which operator of this node follows which suspect, and the
 * notices a change to a followed dossier leaves for them. Both are this node's own (never
 * synced): who watches whom is an operator's working list, not a record the other office
 * needs, and each node derives its notices from the changes it holds. The matcher's keys
 * changed (chandrabindu, "-deo", an initial ইউ), so the search index is rebuilt at the next
 * open, as migration 009 asks. "Similar cases" looks cases up by crime head nearest in time,
 * and by MO words only as uncommon as the full-text index's vocabulary says.
 */
export const migration012DossierFollow: Migration = {
  version: 12,
  name: 'dossier_follow',
  up(db) {
    db.exec(`
      CREATE TABLE follows (
        operator_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        since INTEGER NOT NULL,
        PRIMARY KEY (operator_id, record_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX follows_by_record ON follows (record_id);
      CREATE TABLE follow_notices (
        id INTEGER PRIMARY KEY,
        operator_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        -- The change that touched the dossier: its node, seq, office, entity and op.
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        office_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        op TEXT NOT NULL,
        -- The fields it changed (a list of names), or the set field it added to.
        fields TEXT NOT NULL,
        at INTEGER NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        UNIQUE (operator_id, origin, seq)
      ) STRICT;
      CREATE INDEX follow_notices_unread ON follow_notices (operator_id, read, id);
      CREATE INDEX cases_by_crime_head_time ON cases (crime_head COLLATE NOCASE, occurred_at)
        WHERE deleted = 0;
      CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, 'row');
    `);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.rebuild', '1')").run();
  },
};
