import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, Method, ResultOf } from '../../shared/api/contract';
import type { Client } from '../../shared/api/client';
import type { EntityKind } from '../../shared/domain/enums';
import { useClient } from './ClientProvider';

export interface Loaded<T> {
  /** The last good result; kept while a refresh runs so the screen does not flash. */
  data: T | undefined;
  error: unknown;
  /** True until the first result or error arrives. */
  loading: boolean;
  reload: () => void;
}

export interface LoaderOptions {
  /** Reload when `record.changed` reports a change to one of these entities. */
  refreshOn?: readonly EntityKind[];
}

/** Coalesces a burst of change events (a sync batch) into one reload. */
const refreshDelayMs = 150;

/**
 * Runs `load` when `key` changes, and again whenever core reports a change to one of the
 * `refreshOn` entities, so an open screen follows edits made elsewhere (other windows, peers).
 */
export function useLoader<T>(
  load: (client: Client) => Promise<T>,
  key: string,
  options: LoaderOptions = {},
): Loaded<T> {
  const client = useClient();
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    loadRef.current(client).then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) =>
        current && setState((previous) => ({ ...previous, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [client, key, generation]);

  const entities = (options.refreshOn ?? []).join(',');
  useEffect(() => {
    if (entities === '') return undefined;
    const watched = new Set(entities.split(','));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.subscribe('record.changed', ({ entity }) => {
      if (!watched.has(entity)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, refreshDelayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [client, entities, reload]);

  return { ...state, reload };
}

/** One contract call as screen data: `useCall('cases.lane', { lane: 'arrested' }, { refreshOn: ['case'] })`. */
export function useCall<M extends Method>(
  method: M,
  input: InputOf<M>,
  options?: LoaderOptions,
): Loaded<ResultOf<M>> {
  const key = `${method} ${JSON.stringify(input)}`;
  return useLoader((client) => client.call(method, input), key, options);
}
