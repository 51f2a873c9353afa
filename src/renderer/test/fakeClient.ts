import type { Client } from '../../shared/api/client';
import type { EventName, InputOf, Method, PayloadOf, ResultOf } from '../../shared/api/contract';
import { CallError } from '../api/callError';

export type FakeHandlers = {
  [M in Method]?: (input: InputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

export interface FakeClient extends Client {
  /** Every call made, in order. */
  calls: Array<{ method: Method; input: unknown }>;
  /** Pushes an event to the screens, as core would. */
  emit: <E extends EventName>(event: E, payload: PayloadOf<E>) => void;
}

/** A client answering from `handlers`; a method without a handler fails with UNKNOWN_METHOD. */
export function createFakeClient(handlers: FakeHandlers): FakeClient {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeClient['calls'] = [];
  return {
    calls,
    async call(method, input) {
      calls.push({ method, input });
      const handler = handlers[method] as ((value: unknown) => unknown) | undefined;
      if (!handler) throw new CallError('UNKNOWN_METHOD');
      return (await handler(input)) as never;
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

/** A handler that fails the way core does, with a wire code. */
export function failWith(code: ConstructorParameters<typeof CallError>[0]) {
  return (): never => {
    throw new CallError(code);
  };
}
