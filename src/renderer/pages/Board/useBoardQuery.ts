import { useCallback, useEffect, useState } from 'react';
import {
  boardHash,
  parseBoardQuery,
  type BoardQuery,
} from '../../components/BoardFilters/boardQuery';

/**
 * The board's filters and open case, kept in the address (`#/board?ps=Nirsa&case=…`) so a view
 * survives a reload and can be reopened. Updates replace the history entry rather than pile up.
 */
export function useBoardQuery(): [BoardQuery, (next: BoardQuery) => void] {
  const [query, setQueryState] = useState<BoardQuery>(() => parseBoardQuery(window.location.hash));
  useEffect(() => {
    const follow = () => setQueryState(parseBoardQuery(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const setQuery = useCallback((next: BoardQuery) => {
    const hash = boardHash(next);
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    setQueryState(parseBoardQuery(hash));
  }, []);
  return [query, setQuery];
}
