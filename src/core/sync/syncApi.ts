import type { CoreApi } from '../../shared/api/contract';
import type { NodeContext } from '../node/nodeContext';
import { addPeer, removePeer } from './peerStore';
import { readSyncLog } from './syncLog';
import { buildStatus } from './syncStatus';
import type { SyncService } from './syncService';

/** The contract calls of the Sync screen. */
export type SyncApi = Pick<
  CoreApi,
  'sync.status' | 'sync.log' | 'sync.pair' | 'sync.unpair' | 'sync.now'
>;

/**
 * Implements the Sync screen's calls on a node; `service` is the running sync service, or
 * undefined when this core runs without sync (peers are then listed offline).
 */
export function createSyncApi(
  context: NodeContext,
  service: () => SyncService | undefined,
): SyncApi {
  const db = context.store.db;
  const status = () =>
    service()?.status() ??
    buildStatus({
      db,
      nodeId: context.identity.nodeId,
      listening: undefined,
      vector: {},
      sessions: new Map(),
      lastVectors: new Map(),
      retry: new Map(),
      running: false,
    });
  return {
    'sync.status': async () => status(),
    'sync.log': async ({ kind, limit }) => readSyncLog(db, kind, limit),
    'sync.pair': async ({ nodeId, address }) => {
      const peer = addPeer(db, nodeId, address, context.clock.now());
      context.emit('sync.changed', { reason: 'paired' });
      service()?.connectNow();
      return (
        status().peers.find((view) => view.nodeId === peer.nodeId) ?? {
          nodeId: peer.nodeId,
          address: peer.address,
          online: false,
          lastContact: null,
          changesToSend: 0,
          changesToReceive: 0,
          photosWaiting: 0,
          bytesSent: 0,
          bytesReceived: 0,
          transfer: null,
          lastError: null,
        }
      );
    },
    'sync.unpair': async ({ nodeId }) => {
      removePeer(db, nodeId);
      context.emit('sync.changed', { reason: 'unpaired' });
      return { nodeId };
    },
    'sync.now': async () => {
      service()?.connectNow();
      return status();
    },
  };
}
