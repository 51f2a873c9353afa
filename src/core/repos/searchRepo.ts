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

/** Suspects with a name word of one of `keys`, or one starting with `prefix`. */
export function nameCandidates(
  db: ReadDb,
  keys: string[],
  prefix: string | undefined,
  limit: number,
): SearchDocRow[] {
  const found = new Map<number, SearchDocRow>();
  const exact = db.prepare(
    `SELECT d.doc_id, d.entity, d.record_id, d.office_id, d.title FROM search_names n
     JOIN search_docs d ON d.doc_id = n.doc_id WHERE n.key = ? LIMIT ?`,
  );
  const starting = db.prepare(
    `SELECT d.doc_id, d.entity, d.record_id, d.office_id, d.title FROM search_names n
     JOIN search_docs d ON d.doc_id = n.doc_id WHERE n.key > ? AND n.key < ? LIMIT ?`,
  );
  for (const key of keys) {
    for (const row of exact.all(key, limit) as SearchDocRow[]) found.set(row.doc_id, row);
  }
  if (prefix !== undefined && prefix.length >= 2) {
    for (const row of starting.all(prefix, `${prefix}\uffff`, limit) as SearchDocRow[])
      found.set(row.doc_id, row);
  }
  return [...found.values()];
}

/** A suspect's particulars, for weighing a name hit. */
export interface SuspectParticularsRow {
  name: string;
  father_name: string;
  age: number | null;
  address: string;
  otherNames: string[];
  aliases: string[];
}

/** The name, other names, aliases, father's name, age and address of suspects, by id. */
export function suspectParticulars(db: ReadDb, ids: string[]): Map<string, SuspectParticularsRow> {
  const result = new Map<string, SuspectParticularsRow>();
  const row = db.prepare(
    'SELECT name, father_name, age, address FROM suspects WHERE id = ? AND deleted = 0',
  );
  const names = db.prepare(
    `SELECT DISTINCT field, value FROM set_elements WHERE entity = 'suspect' AND record_id = ?
     AND field IN ('otherNames', 'aliases') AND removed = 0`,
  );
  for (const id of ids) {
    const found = row.get(id) as Omit<SuspectParticularsRow, 'otherNames' | 'aliases'> | undefined;
    if (!found) continue;
    const sets = names.all(id) as Array<{ field: string; value: string }>;
    result.set(id, {
      ...found,
      otherNames: sets.filter((set) => set.field === 'otherNames').map((set) => set.value),
      aliases: sets.filter((set) => set.field === 'aliases').map((set) => set.value),
    });
  }
  return result;
}

/** A vehicle or phone key found, with the record it is on. */
export interface IdentifierMatchRow extends SearchDocRow {
  key: string;
}

/**
 * Records with a vehicle (`table` search_vehicles) or phone (search_phones) whose key is
 * `part`, starts with it or ends with it (from the indexes); anywhere inside it when neither finds one.
 */
export function identifierMatches(
  db: ReadDb,
  table: 'search_vehicles' | 'search_phones',
  part: string,
  limit: number,
): IdentifierMatchRow[] {
  const columns = 'v.key, d.doc_id, d.entity, d.record_id, d.office_id, d.title';
  const reversed = [...part].reverse().join('');
  const rows = db
    .prepare(
      `SELECT ${columns} FROM ${table} v JOIN search_docs d ON d.doc_id = v.doc_id
       WHERE v.key >= ? AND v.key < ?
       UNION
       SELECT ${columns} FROM ${table} v JOIN search_docs d ON d.doc_id = v.doc_id
       WHERE v.reversed >= ? AND v.reversed < ? LIMIT ?`,
    )
    .all(part, `${part}\uffff`, reversed, `${reversed}\uffff`, limit) as IdentifierMatchRow[];
  if (rows.length > 0) return rows;
  return db
    .prepare(
      `SELECT ${columns} FROM ${table} v JOIN search_docs d ON d.doc_id = v.doc_id
       WHERE instr(v.key, ?) > 0 LIMIT ?`,
    )
    .all(part, limit) as IdentifierMatchRow[];
}

/** Full-text hits for an FTS5 query built by the search service (never raw user text). */
export function textMatches(db: ReadDb, ftsQuery: string, limit: number): TextMatchRow[] {
  return db
    .prepare(
      `SELECT d.doc_id, d.entity, d.record_id, d.office_id, d.title,
              bm25(search_text, 4.0, 1.0) AS rank,
              highlight(search_text, 0, ?, ?) AS marked_title,
              snippet(search_text, 1, ?, ?, '…', 16) AS marked_snippet
       FROM search_text JOIN search_docs d ON d.doc_id = search_text.rowid
       WHERE search_text MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(markStart, markEnd, markStart, markEnd, ftsQuery, limit) as TextMatchRow[];
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
