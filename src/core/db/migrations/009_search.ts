import type { Migration } from './migration';

/**
 * Unicode61 splits words at Indic vowel signs, viramas and nuktas (Unicode 6.1 counts them as
 * separators): listing them as token characters keeps "থানা" and "रबीउल" whole words.
 */
const indicMarks = [
  [0x0900, 0x0903],
  [0x093a, 0x094f],
  [0x0951, 0x0957],
  [0x0962, 0x0963],
  [0x0981, 0x0983],
  [0x09bc, 0x09bc],
  [0x09be, 0x09cd],
  [0x09d7, 0x09d7],
  [0x09e2, 0x09e3],
]
  .flatMap(([from = 0, to = 0]) =>
    Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)),
  )
  .join('');

/**
 * Search: full text (FTS5) over every text field of cases, suspects and log entries; the
 * phonetic keys of suspects' names; vehicles and phones in normalised form (a reversed copy
 * finds "AB1234" and "43210" as the end of a key from an index). Local only, never synced:
 * each node derives it from its own tables. The records already held are indexed when the node
 * next opens (`rebuildSearchIndexIfDue`, a layer above): the flag set here asks for it.
 */
export const migration009Search: Migration = {
  version: 9,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        doc_id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        office_id TEXT NOT NULL,
        title TEXT NOT NULL,
        -- A suspect's particulars with every name as phonetic keys (KeyedPerson, JSON).
        person TEXT,
        UNIQUE (entity, record_id)
      ) STRICT;
      CREATE VIRTUAL TABLE search_text USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 0 tokenchars ''${indicMarks}'''
      );
      CREATE TABLE search_names (
        key TEXT NOT NULL,
        doc_id INTEGER NOT NULL,
        PRIMARY KEY (key, doc_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX search_names_by_doc ON search_names (doc_id);
      CREATE TABLE search_vehicles (
        key TEXT NOT NULL,
        reversed TEXT NOT NULL,
        doc_id INTEGER NOT NULL,
        PRIMARY KEY (key, doc_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX search_vehicles_reversed ON search_vehicles (reversed);
      CREATE INDEX search_vehicles_by_doc ON search_vehicles (doc_id);
      CREATE TABLE search_phones (
        key TEXT NOT NULL,
        reversed TEXT NOT NULL,
        doc_id INTEGER NOT NULL,
        PRIMARY KEY (key, doc_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX search_phones_reversed ON search_phones (reversed);
      CREATE INDEX search_phones_by_doc ON search_phones (doc_id);
    `);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.rebuild', '1')").run();
  },
};
