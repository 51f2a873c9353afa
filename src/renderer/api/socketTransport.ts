import type { EventMessage, ResultMessage } from '../../shared/api/bridge';
import type { Transport } from '../../shared/api/client';
import { CallError, callErrorFromWire, connectionLost } from './callError';

/**
 * The harness protocol over one WebSocket (see src/cli/harness/harnessServer.ts):
 * client → `{type:'hello', token}`, then `{type:'call', id, method, input}`;
 * server → `{type:'ready'}`, `{type:'result', id, ok, result | error}`, `{type:'event', event, payload}`.
 * The server closes with code 4403 when the token is refused.
 */
export const forbiddenCloseCode = 4403;

/** The parts of the browser WebSocket the transport uses (a fake in tests). */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number }) => void): void;
}

export interface SocketTransport extends Transport {
  close(): void;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: CallError): void;
}

/** What the harness sends: `ready` once, then the shared call and event messages. */
type ServerMessage = { type: 'ready' } | ResultMessage | EventMessage;

function parseServerMessage(data: unknown): ServerMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const message: unknown = JSON.parse(data);
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    return type === 'ready' || type === 'result' || type === 'event'
      ? (message as ServerMessage)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Connects to the harness: authenticates with the token, queues calls until it is accepted. */
export function createSocketTransport(socket: SocketLike, token: string): SocketTransport {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let queue: string[] = [];
  let state: 'connecting' | 'ready' | 'closed' = 'connecting';
  let failure = new CallError('INTERNAL', { ...connectionLost });
  let nextId = 1;

  socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
  socket.addEventListener('message', ({ data }) => {
    const message = parseServerMessage(data);
    if (!message) return;
    if (message.type === 'ready') {
      state = 'ready';
      for (const text of queue) socket.send(text);
      queue = [];
    } else if (message.type === 'result') {
      const id = Number(message.id);
      const call = pending.get(id);
      pending.delete(id);
      if (call && message.ok) call.resolve(message.result);
      else if (call && !message.ok) call.reject(callErrorFromWire(message.error));
    } else {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  });
  socket.addEventListener('close', ({ code }) => {
    state = 'closed';
    if (code === forbiddenCloseCode) failure = new CallError('FORBIDDEN');
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
    queue = [];
  });

  return {
    call(method, input) {
      if (state === 'closed') return Promise.reject(failure);
      const id = nextId++;
      const text = JSON.stringify({ type: 'call', id, method, input });
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (state === 'ready') socket.send(text);
        else queue.push(text);
      });
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    close: () => socket.close(1000, 'closed by the page'),
  };
}
