import type { ReadDb } from '../db/openDatabase';

/** One indexed record as search reads it. */
export interface SearchDocRow {
  doc_id: number;
  entity: 'case' | 'suspect' | 'log';
  record_id: string;
  office_id: string;
  title: string;
}

/** A full-text hit: the record, its rank (bm25, lower is better) and marked text. */
export interface TextMatchRow extends SearchDocRow {
  rank: number;
  marked_title: string;
  marked_snippet: string;
}

/** Start and end of a highlighted range in `marked_title`/`marked_snippet`. */
export const markStart = '\u0001';
export const markEnd = '\u0002';

/** An indexed suspect with its particulars as keys (KeyedPerson JSON). */
export interface PersonDocRow extends SearchDocRow {
  person: string;
}

/**
 * Suspects with a name word of one of `keys` (rarest first, so a common surname does not
 * crowd out the rest), or one starting with `prefix`; at most `limit`.
 */
export function nameCandidates(
  db: ReadDb,
  keys: string[],
  prefix: string | undefined,
  limit: number,
): PersonDocRow[] {
  const found = new Map<number, PersonDocRow>();
  const columns = 'd.doc_id, d.entity, d.record_id, d.office_id, d.title, d.person';
  const exact = db.prepare(
    `SELECT ${columns} FROM search_names n JOIN search_docs d ON d.doc_id = n.doc_id
     WHERE n.key = ? AND d.person IS NOT NULL LIMIT ?`,
  );
  const starting = db.prepare(
    `SELECT ${columns} FROM search_names n JOIN search_docs d ON d.doc_id = n.doc_id
     WHERE n.key > ? AND n.key < ? AND d.person IS NOT NULL LIMIT ?`,
  );
  const frequency = db.prepare('SELECT count(*) FROM search_names WHERE key = ?').pluck();
  const byRarity = [...new Set(keys)]
    .map((key) => ({ key, count: frequency.get(key) as number }))
    .sort((a, b) => a.count - b.count);
  for (const { key } of byRarity) {
    if (found.size >= limit) break;
    for (const row of exact.all(key, limit - found.size) as PersonDocRow[])
      found.set(row.doc_id, row);
  }
  if (prefix !== undefined && prefix.length >= 2 && found.size < limit) {
    for (const row of starting.all(prefix, `${prefix}\uffff`, limit - found.size) as PersonDocRow[])
      found.set(row.doc_id, row);
  }
  return [...found.values()];
}

/** The indexed particulars (KeyedPerson JSON) of one suspect. */
export function personOf(db: ReadDb, id: string): PersonDocRow | undefined {
  return db
    .prepare(
      `SELECT doc_id, entity, record_id, office_id, title, person FROM search_docs
       WHERE entity = 'suspect' AND record_id = ? AND person IS NOT NULL`,
    )
    .get(id) as PersonDocRow | undefined;
}

/** Suspects sharing a normalised phone or vehicle with the indexed record `docId`. */
export function sharingIdentifiers(db: ReadDb, docId: number, limit: number): PersonDocRow[] {
  return db
    .prepare(
      `SELECT d.doc_id, d.entity, d.record_id, d.office_id, d.title, d.person FROM (
         SELECT o.doc_id FROM search_phones p JOIN search_phones o ON o.key = p.key WHERE p.doc_id = ?
         UNION
         SELECT o.doc_id FROM search_vehicles v JOIN search_vehicles o ON o.key = v.key WHERE v.doc_id = ?
       ) s JOIN search_docs d ON d.doc_id = s.doc_id WHERE d.person IS NOT NULL LIMIT ?`,
    )
    .all(docId, docId, limit) as PersonDocRow[];
}

/** A vehicle or phone key found, with the record it is on. */
export interface IdentifierMatchRow extends SearchDocRow {
  key: string;
}

/**
 * The distinct keys of `table` in the index range [`from`, `to`) of `column` (`key` or
 * `reversed`), one index seek each, so a key held by thousands of records costs one step.
 */
function keysInRange(
  db: ReadDb,
  table: 'search_vehicles' | 'search_phones',
  column: 'key' | 'reversed',
  from: string,
  to: string,
  limit: number,
): string[] {
  const first = db
    .prepare(
      `SELECT ${column} FROM ${table} WHERE ${column} >= ? AND ${column} < ? ORDER BY ${column} LIMIT 1`,
    )
    .pluck();
  const next = db
    .prepare(
      `SELECT ${column} FROM ${table} WHERE ${column} > ? AND ${column} < ? ORDER BY ${column} LIMIT 1`,
    )
    .pluck();
  const found: string[] = [];
  let value = first.get(from, to) as string | undefined;
  while (value !== undefined && found.length < limit) {
    found.push(value);
    value = next.get(value, to) as string | undefined;
  }
  return column === 'key' ? found : found.map((reversed) => [...reversed].reverse().join(''));
}

/**
 * Records with a vehicle (`table` search_vehicles) or phone (search_phones) whose key is
 * `part`, starts with it or ends with it (from the indexes); anywhere inside it when neither
 * finds one. At most `limit`, the first by key and then record.
 */
export function identifierMatches(
  db: ReadDb,
  table: 'search_vehicles' | 'search_phones',
  part: string,
  limit: number,
): IdentifierMatchRow[] {
  const columns = 'v.key, d.doc_id, d.entity, d.record_id, d.office_id, d.title';
  const reversed = [...part].reverse().join('');
  // Keys, not rows: a key on thousands of records would otherwise be read (and sorted) whole.
  const keys = [
    ...new Set([
      ...keysInRange(db, table, 'key', part, `${part}\uffff`, limit),
      ...keysInRange(db, table, 'reversed', reversed, `${reversed}\uffff`, Infinity),
    ]),
  ].sort();
  if (keys.length > 0) {
    const onKey = db.prepare(
      `SELECT ${columns} FROM ${table} v JOIN search_docs d ON d.doc_id = v.doc_id
       WHERE v.key = ? ORDER BY v.doc_id LIMIT ?`,
    );
    const rows: IdentifierMatchRow[] = [];
    for (const key of keys) {
      if (rows.length >= limit) break;
      rows.push(...(onKey.all(key, limit - rows.length) as IdentifierMatchRow[]));
    }
    return rows;
  }
  return db
    .prepare(
      `SELECT ${columns} FROM ${table} v JOIN search_docs d ON d.doc_id = v.doc_id
       WHERE instr(v.key, ?) > 0 LIMIT ?`,
    )
    .all(part, limit) as IdentifierMatchRow[];
}

/** How many of the newest matches a broad free-text query is ranked among. */
const rankedNewest = 2000;

/** The kinds of record the full text covers. */
export type TextKind = SearchDocRow['entity'];

const everyTextKind: readonly TextKind[] = ['suspect', 'case', 'log'];

/** Full-text hits, best first, and whether only the newest matches were ranked. */
export interface TextMatches {
  rows: TextMatchRow[];
  /** Set when more than this many records matched and only the newest this many were ranked. */
  newestOf?: number;
}

/**
 * Full-text hits of the record kinds `kinds` (every kind by default) for an FTS5 query built by
 * the search service (never raw user text), best (bm25) first. When more than `newest` records
 * of those kinds match, only their newest `newest` are ranked: bm25 costs a computation per
 * match, and a broad query ("theft") matches tens of thousands. Newest is the highest rowids: a
 * record's rowid is given when it is first indexed here, and a rebuild gives them oldest first.
 * The probe for the cut walks the match list from its newest end until it has passed `newest`
 * matches of the kinds (every match at most); each step looks its kind up by primary key.
 */
export function textMatches(
  db: ReadDb,
  ftsQuery: string,
  limit: number,
  options: { kinds?: readonly TextKind[] | undefined; newest?: number } = {},
): TextMatches {
  const kinds = JSON.stringify(options.kinds ?? everyTextKind);
  const newest = options.newest ?? rankedNewest;
  // CROSS JOIN keeps the match list the outer loop: search_docs' (entity, record_id) index
  // would otherwise tempt the planner to run the full-text query once per record of a kind.
  const ofKinds = `FROM search_text CROSS JOIN search_docs d ON d.doc_id = search_text.rowid
    WHERE search_text MATCH ? AND d.entity IN (SELECT value FROM json_each(?))`;
  const cut = db
    .prepare(`SELECT search_text.rowid ${ofKinds} ORDER BY search_text.rowid DESC LIMIT 1 OFFSET ?`)
    .pluck()
    .get(ftsQuery, kinds, newest) as number | undefined;
  const rows = db
    .prepare(
      `SELECT d.doc_id, d.entity, d.record_id, d.office_id, d.title,
              bm25(search_text, 4.0, 1.0) AS rank,
              highlight(search_text, 0, ?, ?) AS marked_title,
              snippet(search_text, 1, ?, ?, '…', 16) AS marked_snippet
       ${ofKinds} ${cut === undefined ? '' : 'AND search_text.rowid > ?'}
       ORDER BY rank LIMIT ?`,
    )
    .all(
      markStart,
      markEnd,
      markStart,
      markEnd,
      ftsQuery,
      kinds,
      ...(cut === undefined ? [] : [cut]),
      limit,
    ) as TextMatchRow[];
  return cut === undefined ? { rows } : { rows, newestOf: newest };
}

/** When each log entry was written, by id (the search UI opens the log on that day). */
export function logTimes(db: ReadDb, ids: string[]): Map<string, number> {
  const at = db.prepare('SELECT at FROM log_entries WHERE id = ?').pluck();
  const result = new Map<string, number>();
  for (const id of new Set(ids)) {
    const value = at.get(id) as number | undefined;
    if (value !== undefined) result.set(id, value);
  }
  return result;
}
