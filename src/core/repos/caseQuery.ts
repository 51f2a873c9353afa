import type { CaseFilterInput } from '../../shared/api/screensContract';
import { normaliseText } from '../../shared/text/normaliseText';

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The board's free text as a full-text (FTS5) query over a case's indexed text (police
 * station, FIR number and year, crime head, sections, place, MO, summary, tags): every word
 * must begin a word of the case, in any field and any order ("thef nirsa" finds a theft at
 * Nirsa). Each word is quoted, so `"`, `*`, NEAR or AND are only words. Undefined when the
 * text has no word at all (punctuation alone).
 */
export function boardTextMatch(text: string): string | undefined {
  const words = [...normaliseText(text).matchAll(wordPattern)].map((match) => match[0]);
  if (words.length === 0) return undefined;
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/** The WHERE clause (alias `c`) and its parameters for the board's filters. */
export function caseWhere(filter: CaseFilterInput): {
  clause: string;
  params: Array<string | number>;
} {
  const where = ['c.deleted = 0'];
  const params: Array<string | number> = [];
  const equal = (column: string, value: string | undefined, collation?: 'NOCASE') => {
    if (value === undefined || value === '') return;
    where.push(collation ? `${column} = ? COLLATE NOCASE` : `${column} = ?`);
    params.push(value);
  };
  equal('c.office_id', filter.officeId);
  equal('c.police_station', filter.policeStation);
  // Typed by hand on the board: 'theft' finds 'Theft'.
  equal('c.crime_head', filter.crimeHead, 'NOCASE');
  equal('c.priority', filter.priority);
  if (filter.from !== undefined) {
    where.push('c.occurred_at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('c.occurred_at < ?');
    params.push(filter.to);
  }
  if (filter.mo) {
    where.push("c.mo LIKE ? ESCAPE '\\'");
    params.push(likePattern(filter.mo));
  }
  if (filter.text) {
    const match = boardTextMatch(filter.text);
    if (match === undefined) {
      // Punctuation alone has no words for the index to find: look for it as typed.
      const pattern = likePattern(filter.text);
      where.push(`(c.fir_number LIKE ? ESCAPE '\\' OR c.place LIKE ? ESCAPE '\\' OR c.summary LIKE ? ESCAPE '\\'
      OR c.police_station LIKE ? ESCAPE '\\' OR c.crime_head LIKE ? ESCAPE '\\' OR c.mo LIKE ? ESCAPE '\\')`);
      params.push(pattern, pattern, pattern, pattern, pattern, pattern);
    } else {
      // The full-text index (migration 009), kept by the change path in the same transaction.
      where.push(`c.id IN (SELECT d.record_id FROM search_text JOIN search_docs d
        ON d.doc_id = search_text.rowid WHERE search_text MATCH ? AND d.entity = 'case')`);
      params.push(match);
    }
  }
  // The stored count (migration 004), kept equal to the links by triggers: no probe of links.
  if (filter.hasSuspects !== undefined)
    where.push(filter.hasSuspects ? 'c.suspect_count > 0' : 'c.suspect_count = 0');
  return { clause: where.join(' AND '), params };
}
