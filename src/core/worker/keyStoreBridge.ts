import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { OsKeyStore } from '../db/types';

/**
 * The OS key store across the worker boundary. Electron's safeStorage answers only on the
 * main thread, while the key slots ask it synchronously from inside the worker. So the worker
 * posts a request on its port and sleeps on a shared flag (Atomics.wait) until main has
 * posted the answer and raised the flag; only the worker waits, never main.
 */
export interface KeyStoreChannel {
  port: MessagePort;
  /** A SharedArrayBuffer of one Int32: 0 while a request is out, 1 when answered. */
  signal: SharedArrayBuffer;
}

type KeyStoreRequest = { op: 'isAvailable' } | { op: 'encrypt' | 'decrypt'; data: Uint8Array };
type KeyStoreReply = { ok: true; value: boolean | Uint8Array } | { ok: false; message: string };

/** Main's side: answers the worker's key-store requests from the real store. */
export function serveKeyStore(store: OsKeyStore, channel: KeyStoreChannel): void {
  const flag = new Int32Array(channel.signal);
  channel.port.on('message', (request: KeyStoreRequest) => {
    let reply: KeyStoreReply;
    try {
      reply =
        request.op === 'isAvailable'
          ? { ok: true, value: store.isAvailable() }
          : { ok: true, value: store[request.op](Buffer.from(request.data)) };
    } catch (error) {
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    channel.port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  // The worker's exit ends the conversation; the port alone keeps nothing alive.
  channel.port.unref();
}

/** The worker's side: an OsKeyStore whose every call is answered by main. */
export function keyStoreClient(channel: KeyStoreChannel): OsKeyStore {
  const flag = new Int32Array(channel.signal);
  const ask = (request: KeyStoreRequest): boolean | Uint8Array => {
    Atomics.store(flag, 0, 0);
    channel.port.postMessage(request);
    Atomics.wait(flag, 0, 0);
    const reply = receiveMessageOnPort(channel.port)?.message as KeyStoreReply | undefined;
    if (!reply) throw new Error('the OS key store did not answer');
    if (!reply.ok) throw new Error(reply.message);
    return reply.value;
  };
  const bytes = (value: boolean | Uint8Array) =>
    typeof value === 'boolean'
      ? Buffer.alloc(0)
      : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return {
    isAvailable: () => ask({ op: 'isAvailable' }) === true,
    encrypt: (plain) => bytes(ask({ op: 'encrypt', data: plain })),
    decrypt: (sealed) => bytes(ask({ op: 'decrypt', data: sealed })),
  };
}
