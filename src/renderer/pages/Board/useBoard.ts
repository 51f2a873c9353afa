import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CaseFilterInput } from '../../../shared/api/screensContract';
import type { CaseBoard } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { latestOnly } from '../../api/latestOnly';
import { useLoader, type Loaded } from '../../api/useLoader';
import { filterOf, type BoardQuery } from '../../components/BoardFilters/boardQuery';
import { useBoardQuery } from './useBoardQuery';

/**
 * Cards per lane in the board's first load: a tall lane shows about ten, so more would only be
 * read, sent and kept for nothing on every filter change. Further pages come with `cases.lane`
 * as a lane scrolls.
 */
export const casesPerLane = 16;

/** A board as loaded, with the filter it was loaded with (the lanes fetch later pages with it). */
export type LoadedBoard = CaseBoard & { filter: CaseFilterInput };

/**
 * The board's filters (kept in the address) and the board they select. A new board is asked for
 * as soon as the filters change, in the address's change event, so core answers while the
 * filters are drawn again rather than after; while one board query runs, only the newest of
 * the filter changes made meanwhile is sent.
 */
export function useBoard(): {
  query: BoardQuery;
  setQuery: (next: BoardQuery) => void;
  board: Loaded<LoadedBoard>;
} {
  const client = useClient();
  const boardCalls = useMemo(latestOnly, []);
  const ask = useCallback(
    (filter: CaseFilterInput) =>
      boardCalls(() => client.call('cases.board', { ...filter, perLane: casesPerLane })),
    [client, boardCalls],
  );
  const shownKey = useRef<string | undefined>(undefined);
  const early = useRef<{ key: string; board: Promise<CaseBoard> } | undefined>(undefined);
  const askEarly = useCallback(
    (next: BoardQuery) => {
      const filter = filterOf(next);
      const key = JSON.stringify(filter);
      // Opening a card changes the address, not the filters: nothing to ask for.
      early.current = undefined;
      if (key === shownKey.current) return;
      const board = ask(filter);
      // A failure is reported by the loader that takes this answer; a dropped one by nobody.
      board.catch(() => undefined);
      early.current = { key, board };
    },
    [ask],
  );
  const [query, setQuery] = useBoardQuery(askEarly);
  const filterKey = JSON.stringify(filterOf(query));
  useEffect(() => {
    shownKey.current = filterKey;
  }, [filterKey]);
  const board = useLoader<LoadedBoard>(
    async () => {
      const filter = JSON.parse(filterKey) as CaseFilterInput;
      const asked = early.current?.key === filterKey ? early.current.board : ask(filter);
      early.current = undefined;
      return { filter, ...(await asked) };
    },
    filterKey,
    { refreshOn: ['case', 'link'] },
  );
  return { query, setQuery, board };
}
