import type { CaseFilterInput } from '../../shared/api/screensContract';
import type { CaseLane } from '../../shared/domain/enums';
import type { ReadDb } from '../db/openDatabase';
import { caseWhere } from './caseQuery';

/** The filters the maintained counters (migration 005's case_counts) can answer alone. */
const countedFilters = new Set([
  'officeId',
  'policeStation',
  'crimeHead',
  'priority',
  'hasSuspects',
]);

/** Whether a filter sets nothing but what the counters are kept by. */
function countersAnswer(filter: CaseFilterInput): boolean {
  return Object.entries(filter).every(
    ([name, value]) => value === undefined || value === '' || countedFilters.has(name),
  );
}

/**
 * The number of live cases in each lane that match the board's filter. Filters on office,
 * police station, crime head, priority and "has suspects" (any mix) read the maintained
 * counters, a few thousand rows however many cases there are; a date range, MO or free text
 * needs the cases themselves.
 */
export function laneCounts(db: ReadDb, filter: CaseFilterInput): Map<CaseLane, number> {
  if (countersAnswer(filter)) {
    const where = ['1 = 1'];
    const params: Array<string | number> = [];
    const equal = (column: string, value: string | undefined) => {
      if (value === undefined || value === '') return;
      where.push(`${column} = ?`);
      params.push(value);
    };
    equal('office_id', filter.officeId);
    equal('police_station', filter.policeStation);
    // The column compares ignoring case, as the board's crime head filter does.
    equal('crime_head', filter.crimeHead);
    equal('priority', filter.priority);
    if (filter.hasSuspects !== undefined)
      where.push(`has_suspects = ${filter.hasSuspects ? 1 : 0}`);
    const rows = db
      .prepare(
        `SELECT lane, sum(n) AS n FROM case_counts WHERE ${where.join(' AND ')} GROUP BY lane`,
      )
      .all(...params) as Array<{ lane: CaseLane; n: number }>;
    return new Map(rows.map((row) => [row.lane, row.n]));
  }
  const { clause, params } = caseWhere(filter);
  // Grouping must not walk the lane index (`+c.lane`): that fetches every row in index order,
  // seconds on 100k cases, where one scan of the table is far cheaper.
  const rows = db
    .prepare(`SELECT c.lane, count(*) AS n FROM cases c WHERE ${clause} GROUP BY +c.lane`)
    .all(...params) as Array<{ lane: CaseLane; n: number }>;
  return new Map(rows.map((row) => [row.lane, row.n]));
}
