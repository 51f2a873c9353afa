import type { CaseFilterInput } from '../../shared/api/screensContract';

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
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
    const pattern = likePattern(filter.text);
    where.push(`(c.fir_number LIKE ? ESCAPE '\\' OR c.place LIKE ? ESCAPE '\\' OR c.summary LIKE ? ESCAPE '\\'
      OR c.police_station LIKE ? ESCAPE '\\' OR c.crime_head LIKE ? ESCAPE '\\' OR c.mo LIKE ? ESCAPE '\\')`);
    params.push(pattern, pattern, pattern, pattern, pattern, pattern);
  }
  // The stored count (migration 004), kept equal to the links by triggers: no probe of links.
  if (filter.hasSuspects !== undefined)
    where.push(filter.hasSuspects ? 'c.suspect_count > 0' : 'c.suspect_count = 0');
  return { clause: where.join(' AND '), params };
}
