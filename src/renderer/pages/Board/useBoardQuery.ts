import { useCallback, useEffect, useRef, useState } from 'react';
import {
  boardHash,
  parseBoardQuery,
  type BoardQuery,
} from '../../components/BoardFilters/boardQuery';
import { routeOf } from '../../routing/useHashRoute';

/**
 * The board's filters and open case, kept in the address (`#/board?ps=Nirsa&case=…`) so a view
 * survives a reload and can be reopened. Updates replace the history entry rather than pile up.
 */
export function useBoardQuery(
  onChange?: (query: BoardQuery) => void,
): [BoardQuery, (next: BoardQuery) => void] {
  const [query, setQueryState] = useState<BoardQuery>(() => parseBoardQuery(window.location.hash));
  // Told of each new query at once, before the screen is drawn for it.
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);
  const apply = useCallback((hash: string) => {
    const next = parseBoardQuery(hash);
    changed.current?.(next);
    setQueryState(next);
  }, []);
  useEffect(() => {
    // Leaving the board changes the address too: that is no new filter to ask a board for.
    const follow = () => {
      if (routeOf(window.location.hash) === 'board') apply(window.location.hash);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [apply]);
  const setQuery = useCallback(
    (next: BoardQuery) => {
      const hash = boardHash(next);
      if (window.location.hash !== hash)
        window.history.replaceState(window.history.state, '', hash);
      apply(hash);
    },
    [apply],
  );
  return [query, setQuery];
}
