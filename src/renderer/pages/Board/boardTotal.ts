import type { CaseFilterInput } from '../../../shared/api/screensContract';
import type { CaseBoard } from '../../../shared/api/views';
import { caseLanes } from '../../../shared/domain/enums';
import type { Translate } from '../../i18n/messages';

/**
 * A board answer's total and whether it was filtered, both read from that answer. While a
 * new board loads, the address already holds the new filters but the lanes are still the old
 * board's: wording taken from the address would say "matching the filters" over the old count.
 */
export interface BoardTotal {
  count: number;
  filtered: boolean;
}

/** The total of a board loaded with `filter` (the filter core was asked with, not the address's). */
export function boardTotal(lanes: CaseBoard['lanes'], filter: CaseFilterInput): BoardTotal {
  return {
    count: caseLanes.reduce((sum, lane) => sum + lanes[lane].total, 0),
    filtered: Object.values(filter).some((value) => value !== undefined),
  };
}

/** The header's label for a board's total, e.g. "Matching the filters: 1,204". */
export function boardTotalText(t: Translate, { count, filtered }: BoardTotal): string {
  return t(filtered ? 'board.totalFiltered' : 'board.total', { count });
}
