// The top of core: what createCore takes and returns. Lower layers import the clock from
// wallClock.ts, never this file.
import type { CoreApi, EventName, PayloadOf } from '../shared/api/contract';
import type { KdfParams, OsKeyStore } from './db/types';
import type { SyncServiceOptions } from './sync/syncService';
import type { WallClock } from './wallClock';

export type { WallClock } from './wallClock';

export interface CoreOptions {
  /** The encrypted database file; its key file sits beside it as `<dbPath>.keys`. */
  dbPath: string;
  clock?: WallClock;
  /** Key derivation cost; tests lower it, production keeps the default. */
  kdf?: KdfParams;
  /** Path of a better-sqlite3 binary built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** The OS key store slot (Electron safeStorage); absent in the CLI and harness. */
  osKeyStore?: OsKeyStore;
  /**
   * Run peer-to-peer sync while unlocked (started on unlock, stopped on lock). Without it
   * the Sync screen lists the peers offline.
   */
  sync?: CoreSyncOptions;
  /**
   * Daily upkeep while unlocked (compacting the search index), in the background: for a node
   * that stays open (the app, the harness, `samanvay node`). A one-shot command leaves it out,
   * as it would delay the command's exit and hold the write lock against a running app.
   */
  housekeeping?: boolean;
}

/** Sync settings of a core: where to listen, and the service's other knobs. */
export type CoreSyncOptions = Omit<SyncServiceOptions, 'context'>;

export type EventListener<E extends EventName> = (payload: PayloadOf<E>) => void;

/** One node's core: the contract implementation plus its event stream. */
export interface Core {
  api: CoreApi;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  close(): void;
}
