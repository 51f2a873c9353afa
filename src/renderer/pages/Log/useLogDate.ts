import { useCallback, useEffect, useState } from 'react';
import { dateFromHash, istDateOf, logHref } from '../../routing/logDate';

/**
 * The day the log shows: `#/log?date=YYYY-MM-DD`, today in IST when the address has none.
 * Moving to another day changes the address, so Back returns to the previous day.
 */
export function useLogDate(now: () => number = Date.now): [string, (date: string) => void] {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const date = dateFromHash(hash) ?? istDateOf(now());
  const setDate = useCallback((next: string) => {
    window.location.hash = logHref(next);
    setHash(window.location.hash);
  }, []);
  return [date, setDate];
}
