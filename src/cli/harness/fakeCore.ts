import { contract, type CoreApi, type EventName, type PayloadOf } from '../../shared/api/contract';
import type { SessionStatus } from '../../shared/api/views';
import { SamanvayError } from '../../shared/errors';
import type { Core } from '../../core/coreTypes';

export interface FakeCore extends Core {
  /** Emits an event as core would after a change. */
  emit: <E extends EventName>(event: E, payload: PayloadOf<E>) => void;
  listenerCount: () => number;
  /** Inputs each call received, after the contract's validation. */
  received: Array<{ method: string; input: unknown }>;
}

const unlocked: SessionStatus = {
  state: 'unlocked',
  nodeId: 'f00dfeedcafe0001',
  unlockWith: ['passphrase', 'recovery'],
};

/** A core with canned answers, for testing the harness without a database. */
export function createFakeCore(): FakeCore {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const received: FakeCore['received'] = [];
  const notFound = () => Promise.reject(new SamanvayError('NOT_FOUND'));
  const canned: Partial<CoreApi> = {
    'session.status': async () => unlocked,
    'session.unlock': async (input) => {
      received.push({ method: 'session.unlock', input });
      if ('passphrase' in input && input.passphrase !== 'correct horse battery') {
        throw new SamanvayError('WRONG_PASSPHRASE');
      }
      return unlocked;
    },
    'session.lock': async () => ({ state: 'locked', unlockWith: ['passphrase'] }),
    'cases.lane': async (input) => {
      received.push({ method: 'cases.lane', input });
      return { total: 0, items: [] };
    },
  };
  // Every other method of the contract answers NOT_FOUND, however the contract grows.
  const api = Object.fromEntries(
    Object.keys(contract).map((method) => [method, canned[method as keyof CoreApi] ?? notFound]),
  ) as CoreApi;
  return {
    api,
    received,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
    close: () => undefined,
  };
}
