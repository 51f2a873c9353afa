import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import type { EventName } from '../../shared/api/contract';
import { toWireError, SamanvayError } from '../../shared/errors';
import type { OsKeyStore } from '../db/types';
import type { CoreHost } from './coreHost';
import { serveKeyStore } from './keyStoreBridge';
import type { CoreWorkerData, FromWorker, ToWorker } from './workerProtocol';

/** How to start the core worker; `osKeyStore` stays in this thread and is asked over a port. */
export interface CoreWorkerOptions extends Omit<CoreWorkerData, 'keyStore'> {
  osKeyStore?: OsKeyStore;
  /** The worker's script; by default coreWorker.js beside this module (or .ts under tsx). */
  workerFile?: string;
}

/**
 * The worker's script. Built, it is `coreWorker.js` beside the bundle that imports this
 * module (out/main, out/cli); in the source tree (tests, benches) it is the TypeScript
 * entry, loaded through tsx in the worker.
 */
function workerScript(workerFile: string | undefined): { script: string; evaluate: boolean } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = workerFile ?? path.join(here, 'coreWorker.js');
  if (existsSync(built)) return { script: built, evaluate: false };
  const source = pathToFileURL(path.join(here, 'coreWorker.ts')).href;
  return {
    script: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`,
    evaluate: true,
  };
}

const workerGone = (): DispatchEnvelope => ({
  ok: false,
  error: toWireError(new SamanvayError('INTERNAL')),
});

/**
 * Starts a core in a worker thread and returns its host: main, the harness and the CLI call
 * it and hear its events, while every database operation runs off their thread.
 */
export function startCoreWorker(options: CoreWorkerOptions): CoreHost {
  const { osKeyStore, workerFile, ...data } = options;
  const workerData: CoreWorkerData = { ...data };
  const transferList = [];
  if (osKeyStore) {
    const channel = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    serveKeyStore(osKeyStore, { port: channel.port1, signal });
    workerData.keyStore = { port: channel.port2, signal };
    transferList.push(channel.port2);
  }
  const { script, evaluate } = workerScript(workerFile);
  const worker = new Worker(script, { eval: evaluate, workerData, transferList });
  const pending = new Map<number, (outcome: DispatchEnvelope) => void>();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let nextId = 1;
  let gone = false;
  let closed: () => void = () => undefined;
  const closing = new Promise<void>((resolve) => {
    closed = resolve;
  });

  const send = (message: ToWorker) => worker.postMessage(message);
  const fail = () => {
    gone = true;
    for (const answer of pending.values()) answer(workerGone());
    pending.clear();
    closed();
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'result') {
      const answer = pending.get(Number(message.id));
      pending.delete(Number(message.id));
      const { type: _type, id: _id, ...outcome } = message;
      answer?.(outcome);
    } else if (message.type === 'event') {
      for (const listener of listeners.get(message.event as EventName) ?? []) {
        (listener as (payload: unknown) => void)(message.payload);
      }
    } else {
      closed();
    }
  });
  worker.on('error', (error) => {
    console.error('samanvay: the core worker failed:', error);
    fail();
  });
  worker.on('exit', fail);

  return {
    call(method, input) {
      if (gone) return Promise.resolve(workerGone());
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ type: 'call', id, method: String(method), input });
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      const entry = listener as (payload: never) => void;
      set.add(entry);
      listeners.set(event, set);
      return () => set.delete(entry);
    },
    async close() {
      if (!gone) send({ type: 'close' });
      await closing;
      await worker.terminate();
    },
  };
}
