import type { CoreApi } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';
import { getPeer, parseAddress } from './peerStore';
import type { SyncService } from './syncService';
import { refusalCodes } from './transport';

/** The command line's calls that run the sync service (`samanvay node`, `sync --once`). */
export type SyncAdminApi = Pick<
  CoreApi,
  'admin.syncStart' | 'admin.syncProgress' | 'admin.syncStop'
>;

/** How the admin calls reach the node's one sync service (owned by createCore). */
export interface SyncControl {
  current(): SyncService | undefined;
  /** Stops the running service, if any, then starts one with these settings. */
  start(settings: {
    listen: { host: string; port: number } | undefined;
    only: string | undefined;
  }): Promise<{ port?: number }>;
  stop(): Promise<boolean>;
}

/** Implements the sync admin calls on a node through `control`. */
export function createSyncAdminApi(context: NodeContext, control: SyncControl): SyncAdminApi {
  const db = context.store.db;
  return {
    'admin.syncStart': async ({ listen, only }) => {
      const address = listen === null ? undefined : parseAddress(listen);
      let port: number | undefined;
      try {
        ({ port } = await control.start({ listen: address, only }));
      } catch (error) {
        // A port in use or not allowed: say so in one line (the CLI's error), not INTERNAL.
        const code = (error as NodeJS.ErrnoException).code;
        if (!listen || (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL'))
          throw error;
        throw new SamanvayError(
          'INVALID_INPUT',
          `Cannot accept peers at ${listen}: ${code === 'EADDRINUSE' ? 'the address is in use' : 'the address cannot be used here'} (${code}).`,
          { field: 'listen', address: listen },
        );
      }
      return {
        nodeId: context.identity.nodeId,
        listening: address && port !== undefined ? `${address.host}:${port}` : null,
      };
    },
    'admin.syncProgress': async ({ peer }) => {
      if (!getPeer(db, peer)) throw new SamanvayError('PEER_NOT_FOUND', undefined, { peer });
      const service = control.current();
      const failure = service?.failureOf(peer) ?? null;
      const report = service?.reportFor(peer);
      return {
        settled: service?.settledWith(peer) ?? false,
        failure,
        refusedByPeer: failure !== null && refusalCodes.has(failure.code),
        report: report
          ? {
              sent: report.sent,
              received: report.received,
              refusedHere: report.refusedHere,
              refusedThere: report.refusedThere,
              photosToSend: report.photosToSend,
              photosToReceive: report.photosToReceive,
            }
          : null,
      };
    },
    'admin.syncStop': async () => ({ stopped: await control.stop() }),
  };
}
