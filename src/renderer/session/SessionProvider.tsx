import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SessionStatus } from '../../shared/api/views';
import { useClient } from '../api/ClientProvider';

export interface Session {
  /** Undefined until the first `session.status` answer. */
  status: SessionStatus | undefined;
  /** Why the status could not be read (core unreachable, token refused). */
  error: unknown;
  refresh: () => void;
  /** Adopts a status returned by a call (`session.unlock`, `session.lock`). */
  setStatus: (status: SessionStatus) => void;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Reads `session.status` and follows `session.changed`, so every screen agrees on the state. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [status, setStatus] = useState<SessionStatus | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    client.call('session.status', {}).then(
      (next) => {
        if (!current) return;
        setStatus(next);
        setError(undefined);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [client, generation]);

  useEffect(() => client.subscribe('session.changed', setStatus), [client]);

  const value = useMemo<Session>(
    () => ({ status, error, refresh, setStatus }),
    [status, error, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}
