import type { CaseFilterInput } from '../../shared/api/screensContract';

/** Escapes `%`, `_` and `\` for a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * How "has suspects" is asked: `exists` probes each case's links (fast when a page stops after
 * a few dozen cases), `in` reads the linked cases once (fast when every case is counted).
 */
export type SuspectTest = 'exists' | 'in';

/** The WHERE clause (alias `c`) and its parameters for the board's filters. */
export function caseWhere(
  filter: CaseFilterInput,
  suspectTest: SuspectTest = 'exists',
): {
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
  if (filter.hasSuspects !== undefined && suspectTest === 'in') {
    where.push(
      `c.id ${filter.hasSuspects ? '' : 'NOT '}IN (SELECT l.to_id FROM links l WHERE l.kind = 'suspect_case' AND l.present = 1)`,
    );
  } else if (filter.hasSuspects !== undefined) {
    where.push(
      `${filter.hasSuspects ? '' : 'NOT '}EXISTS (SELECT 1 FROM links l WHERE l.to_id = c.id AND l.kind = 'suspect_case' AND l.present = 1)`,
    );
  }
  return { clause: where.join(' AND '), params };
}
