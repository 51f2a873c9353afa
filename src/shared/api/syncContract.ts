import { z } from 'zod';
import { nodeIdInputSchema } from '../domain/idSchemas';
import { event, method } from './define';
import type { SyncLogView, SyncPeerView, SyncStatusView } from './views';

const nodeId = nodeIdInputSchema;
const officeId = z.string().trim().min(1).max(64);
const address = z
  .string()
  .trim()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[^:\s]+):\d{1,5}$/)
  .max(300);

/** The Sync screen's calls: status, log, pairing, "sync now". */
export const syncContract = {
  'sync.status': method<SyncStatusView>()(z.object({})),
  'sync.log': method<SyncLogView[]>()(
    z.object({
      kind: z.enum(['refused', 'rejected', 'error']).optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ),
  /**
   * Pairs a peer by its node id and office (both read over the phone) and address; pairing
   * again changes the address and office.
   */
  'sync.pair': method<SyncPeerView>()(z.object({ nodeId, officeId, address })),
  'sync.unpair': method<{ nodeId: string }>()(z.object({ nodeId })),
  /**
   * Sets where this computer accepts connections from its paired peers (HOST:PORT, saved
   * with the node's settings), or null to only dial out; the sync service starts again on it.
   */
  'sync.setListen': method<SyncStatusView>()(z.object({ address: address.nullable() })),
  /** Dials every paired peer now instead of waiting for the backoff. */
  'sync.now': method<SyncStatusView>()(z.object({})),
} as const;

/** The Sync screen's event: something in `sync.status` or the sync log moved. */
export const syncEvents = {
  'sync.changed': event<{ reason: string }>(),
  /** One thing the sync service did (a peer connected, changes arrived…): the node's log. */
  'sync.event': event<SyncEventView>(),
} as const;

/** One thing the sync service did, as `samanvay node` logs it. */
export type SyncEventView =
  | { type: 'listening'; address: string }
  | { type: 'connected'; peer: string; address: string; outbound: boolean }
  | { type: 'disconnected'; peer: string; code?: string | undefined; detail?: string | undefined }
  | { type: 'received'; peer: string; changes: number }
  | { type: 'photo'; peer: string; hash: string }
  | {
      type: 'refused' | 'rejected' | 'error';
      peer: string;
      address: string;
      code: string;
      detail: string;
    };
