import { crimeHeads, type CrimeHead } from '../../../shared/domain/crimeHeads';
import type { CaseFilterInput } from '../../../shared/api/screensContract';
import { priorities, type Priority } from '../../../shared/domain/enums';
import { dayMs, istDayStart } from '../../../shared/istDate';

/**
 * The board's view as the address keeps it: `#/board?ps=Nirsa&from=2025-01-01&case=ID`.
 * Dates are IST calendar days (`YYYY-MM-DD`); `to` includes its whole day.
 */
export interface BoardQuery {
  office?: string;
  ps?: string;
  crime?: string;
  priority?: Priority;
  from?: string;
  to?: string;
  mo?: string;
  q?: string;
  suspects?: 'yes' | 'no';
  /** The case open in the detail drawer. */
  case?: string;
}

const keys = [
  'office',
  'ps',
  'crime',
  'priority',
  'from',
  'to',
  'mo',
  'q',
  'suspects',
  'case',
] as const;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The query of a hash like `#/board?ps=Nirsa`; unknown or malformed values are dropped. */
export function parseBoardQuery(hash: string): BoardQuery {
  const at = hash.indexOf('?');
  const params = new URLSearchParams(at === -1 ? '' : hash.slice(at + 1));
  const query: BoardQuery = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'priority') {
      if ((priorities as readonly string[]).includes(value)) query.priority = value as Priority;
    } else if (key === 'suspects') {
      if (value === 'yes' || value === 'no') query.suspects = value;
    } else if (key === 'from' || key === 'to') {
      if (isoDay.test(value) && !Number.isNaN(Date.parse(value))) query[key] = value;
    } else {
      query[key] = value;
    }
  }
  return query;
}

/** `#/board?…` for a query, keys in a stable order, empty values left out. */
export function boardHash(query: BoardQuery): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `#/board?${text}` : '#/board';
}

/** Whether a text is a key of the fixed crime-head list (an old bookmark may hold free text). */
function isCrimeHead(text: string): text is CrimeHead {
  return (crimeHeads as readonly string[]).includes(text);
}

/** The core filter for a query (the open case is not a filter). */
export function filterOf(query: BoardQuery): CaseFilterInput {
  const filter: CaseFilterInput = {};
  if (query.office) filter.officeId = query.office;
  if (query.ps) filter.policeStation = query.ps;
  if (query.crime && isCrimeHead(query.crime)) filter.crimeHead = query.crime;
  if (query.priority) filter.priority = query.priority;
  if (query.from) filter.from = istDayStart(query.from);
  if (query.to) filter.to = istDayStart(query.to) + dayMs;
  if (query.mo) filter.mo = query.mo;
  if (query.q) filter.text = query.q;
  if (query.suspects) filter.hasSuspects = query.suspects === 'yes';
  return filter;
}

/** How many filters are set (the open case aside). */
export function activeFilterCount(query: BoardQuery): number {
  return keys.filter((key) => key !== 'case' && query[key]).length;
}
