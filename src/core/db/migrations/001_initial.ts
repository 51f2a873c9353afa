import type { Migration } from './migration';

/**
 * The first schema: the signed change log, and the tables the UI reads, derived from it.
 * Every record table carries `created_stamp` (the stamp of its create change) and `clock`
 * (JSON: field → stamp, only for fields changed after creation) for last-writer-wins merging.
 */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE changes (
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        office TEXT NOT NULL,
        operator TEXT NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        op TEXT NOT NULL,
        body TEXT NOT NULL,
        commit_last_seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('applied', 'pending', 'refused')),
        reason TEXT,
        PRIMARY KEY (origin, seq)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX changes_by_record ON changes (entity, record_id);
      CREATE INDEX changes_pending ON changes (record_id) WHERE status = 'pending';

      CREATE TABLE commits (
        origin TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        first_seq INTEGER NOT NULL,
        signature TEXT NOT NULL,
        redacted TEXT NOT NULL DEFAULT '[]',
        received_at INTEGER NOT NULL,
        PRIMARY KEY (origin, last_seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE offices (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        name_en TEXT NOT NULL,
        name_hi TEXT NOT NULL,
        name_bn TEXT NOT NULL,
        state TEXT NOT NULL,
        district TEXT NOT NULL,
        police_stations TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        last_change TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE TABLE nodes (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        label TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        last_change TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE TABLE operators (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        name TEXT NOT NULL,
        rank TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        last_change TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        police_station TEXT NOT NULL,
        fir_number TEXT NOT NULL,
        fir_year INTEGER NOT NULL,
        sections TEXT NOT NULL,
        crime_head TEXT NOT NULL,
        occurred_at INTEGER NOT NULL,
        place TEXT NOT NULL,
        property_value INTEGER NOT NULL,
        mo TEXT NOT NULL,
        summary TEXT NOT NULL,
        lane TEXT NOT NULL,
        priority TEXT NOT NULL,
        sharing TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        last_change TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX cases_by_lane ON cases (lane, updated_at DESC) WHERE deleted = 0;
      CREATE INDEX cases_by_office ON cases (office_id, lane) WHERE deleted = 0;
      CREATE INDEX cases_by_fir ON cases (police_station, fir_year, fir_number);

      CREATE TABLE suspects (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        name TEXT NOT NULL,
        father_name TEXT NOT NULL,
        age INTEGER,
        date_of_birth TEXT,
        sex TEXT NOT NULL,
        address TEXT NOT NULL,
        marks TEXT NOT NULL,
        height_cm INTEGER,
        build TEXT NOT NULL,
        mo TEXT NOT NULL,
        gang TEXT NOT NULL,
        status TEXT NOT NULL,
        reward INTEGER NOT NULL,
        primary_photo TEXT,
        sharing TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        last_change TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX suspects_by_updated ON suspects (updated_at DESC) WHERE deleted = 0;
      CREATE INDEX suspects_by_status ON suspects (status, updated_at DESC) WHERE deleted = 0;

      CREATE TABLE log_entries (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        category TEXT NOT NULL,
        text TEXT NOT NULL,
        urgent INTEGER NOT NULL,
        reply_to TEXT,
        case_ids TEXT NOT NULL,
        suspect_ids TEXT NOT NULL,
        vehicles TEXT NOT NULL,
        photos TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX log_by_time ON log_entries (at);
      CREATE INDEX log_by_reply ON log_entries (reply_to) WHERE reply_to IS NOT NULL;

      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        target_entity TEXT NOT NULL,
        target_id TEXT NOT NULL,
        text TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        clock TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX notes_by_target ON notes (target_id, created_at);

      CREATE TABLE links (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        from_id TEXT NOT NULL,
        to_id TEXT NOT NULL,
        role TEXT NOT NULL,
        office_id TEXT NOT NULL,
        created_stamp TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        present INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX links_from ON links (from_id) WHERE present = 1;
      CREATE INDEX links_to ON links (to_id) WHERE present = 1;

      CREATE TABLE set_elements (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        tag TEXT NOT NULL,
        removed INTEGER NOT NULL,
        PRIMARY KEY (entity, record_id, field, value, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX set_elements_by_value ON set_elements (field, value) WHERE removed = 0;
      CREATE INDEX set_elements_by_tag ON set_elements (tag);

      CREATE TABLE removed_tags (tag TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

      -- When each operator last opened a record: local only, never synced.
      CREATE TABLE record_seen (
        operator_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (operator_id, record_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE photos (
        hash TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        thumb BLOB NOT NULL,
        added_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
