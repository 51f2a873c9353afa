import type { CoreApi } from '../../shared/api/contract';
import type { NodeContext } from '../node/nodeContext';
import { writeListenSetting } from './listenSetting';
import { addPeer, removePeer } from './peerStore';
import { readSyncLog } from './syncLog';
import { buildStatus } from './syncStatus';
import type { SyncService } from './syncService';

/** The contract calls of the Sync screen. */
export type SyncApi = Pick<
  CoreApi,
  'sync.status' | 'sync.log' | 'sync.pair' | 'sync.unpair' | 'sync.now' | 'sync.setListen'
>;

/**
 * Implements the Sync screen's calls on a node; `service` is the running sync service, or
 * undefined when this core runs without sync (peers are then listed offline).
 */
export function createSyncApi(
  context: NodeContext,
  service: () => SyncService | undefined,
  /** Starts the sync service again after its listen address changed (none when not syncing). */
  restart: () => Promise<void> = async () => undefined,
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
    'sync.pair': async ({ nodeId, officeId, address }) => {
      const peer = addPeer(db, { nodeId, officeId, address }, context.clock.now());
      context.emit('sync.changed', { reason: 'paired' });
      service()?.connectNow();
      return (
        status().peers.find((view) => view.nodeId === peer.nodeId) ?? {
          nodeId: peer.nodeId,
          officeId: peer.officeId,
          keyPinned: peer.publicKey !== null,
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
          heldBack: [],
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
    'sync.setListen': async ({ address }) => {
      writeListenSetting(db, address);
      await restart();
      context.emit('sync.changed', { reason: 'listen' });
      return status();
    },
  };
}
