import type { CallMessage, EventMessage, ResultMessage } from '../../shared/api/bridge';
import type { KdfParams } from '../db/types';
import type { KeyStoreChannel } from './keyStoreBridge';

/** What the core worker is started with (structured-cloneable: no functions). */
export interface CoreWorkerData {
  /** The encrypted database file; its key file sits beside it as `<dbPath>.keys`. */
  dbPath: string;
  kdf?: KdfParams;
  /** Path of a better-sqlite3 binary built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** Sync with paired peers while unlocked; accept them on `listen` when given. */
  sync?: { listen?: { host: string; port: number } | undefined };
  /** Daily upkeep while unlocked: only a node that stays open (CoreOptions.housekeeping). */
  housekeeping?: boolean;
  /** Main's OS key store (Electron safeStorage), reached over this channel. */
  keyStore?: KeyStoreChannel;
}

/** Main (or the harness, or the CLI) to the worker: a contract call, or the end. */
export type ToWorker = CallMessage | { type: 'close' };

/** The worker to its host: answers, events, and the acknowledgement of `close`. */
export type FromWorker = ResultMessage | EventMessage | { type: 'closed' };
