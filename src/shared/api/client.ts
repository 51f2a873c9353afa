import type { EventName, InputOf, Method, PayloadOf, ResultOf } from './contract';

/** How a client reaches core: Electron IPC through preload, or the harness's WebSocket. */
export interface Transport {
  call(method: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/** The typed client the renderer (and tests) use. */
export interface Client {
  call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  subscribe<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

export function createClient(transport: Transport): Client {
  return {
    call: async (method, input) => (await transport.call(method, input)) as never,
    subscribe: (event, listener) =>
      transport.subscribe(event, (payload) => listener(payload as never)),
  };
}
