import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from '../../shared/api/client';

const ClientContext = createContext<Client | undefined>(undefined);

/** Makes the contract client available to every screen. */
export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The typed contract client: `useClient().call('cases.board', {})`. */
export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a ClientProvider above it');
  return client;
}
