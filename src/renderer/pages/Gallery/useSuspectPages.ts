import { useCallback, useEffect, useRef, useState } from 'react';
import type { SuspectFilterInput } from '../../../shared/api/screensContract';
import type { SuspectCard } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';

/** Cards fetched per call: a few screens' worth, so scrolling asks core rarely. */
export const suspectPageSize = 120;
/** Pages kept in memory: those within this many pages of the one just fetched. */
const keptPages = 12;
/** Coalesces a burst of changes (a sync batch) into one refresh. */
const refreshDelayMs = 300;

export interface SuspectPages {
  total: number | undefined;
  error: unknown;
  /** The card at `index`, or undefined while its page is on its way. */
  itemAt: (index: number) => SuspectCard | undefined;
  /** Asks for the pages covering items `from`..`to` (inclusive). */
  request: (from: number, to: number) => void;
  reload: () => void;
}

/**
 * The gallery's cards for one filter, fetched a page at a time as the grid scrolls to them
 * (`suspects.list` with offset/limit), refreshed in place when a suspect, link or photo
 * changes, so 50,000 dossiers never sit in the renderer at once.
 */
export function useSuspectPages(filter: SuspectFilterInput): SuspectPages {
  const client = useClient();
  const key = JSON.stringify(filter);
  const pages = useRef(new Map<number, SuspectCard[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const inView = useRef({ first: 0, last: 0 });
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [, setVersion] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const started = generation.current;
      const input = { ...(JSON.parse(key) as SuspectFilterInput), offset: page * suspectPageSize };
      client.call('suspects.list', { ...input, limit: suspectPageSize }).then(
        (result) => {
          if (started !== generation.current) return;
          loading.current.delete(page);
          pages.current.set(page, result.items);
          for (const kept of [...pages.current.keys()]) {
            if (pages.current.size <= keptPages) break;
            if (Math.abs(kept - page) > keptPages / 2) pages.current.delete(kept);
          }
          setTotal(result.total);
          setError(undefined);
          setVersion((value) => value + 1);
        },
        (failure: unknown) => {
          if (started !== generation.current) return;
          loading.current.delete(page);
          setError(failure);
        },
      );
    },
    [client, key],
  );

  const request = useCallback(
    (from: number, to: number) => {
      const first = Math.floor(Math.max(0, from) / suspectPageSize);
      const last = Math.floor(Math.max(0, to) / suspectPageSize);
      inView.current = { first, last };
      for (let page = first; page <= last; page += 1) {
        if (!pages.current.has(page)) fetchPage(page);
      }
    },
    [fetchPage],
  );

  /**
   * Fetches the pages in view again, showing the old cards until the new ones arrive; pages
   * out of view are dropped, to be fetched afresh when scrolled back to.
   */
  const refresh = useCallback(() => {
    generation.current += 1;
    loading.current.clear();
    const { first, last } = inView.current;
    for (const page of [...pages.current.keys()]) {
      if (page < first || page > last) pages.current.delete(page);
    }
    for (let page = first; page <= last; page += 1) fetchPage(page);
  }, [fetchPage]);

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current.clear();
    inView.current = { first: 0, last: 0 };
    setTotal(undefined);
    setError(undefined);
    fetchPage(0);
  }, [fetchPage]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.subscribe('record.changed', ({ entity }) => {
      if (entity !== 'suspect' && entity !== 'link') return;
      clearTimeout(timer);
      timer = setTimeout(refresh, refreshDelayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [client, refresh]);

  const itemAt = useCallback(
    (index: number) =>
      pages.current.get(Math.floor(index / suspectPageSize))?.[index % suspectPageSize],
    [],
  );

  return { total, error, itemAt, request, reload: refresh };
}
