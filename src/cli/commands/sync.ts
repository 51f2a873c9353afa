import { SamanvayError } from '../../shared/errors';
import { openNode } from '../../core/node/openNode';
import { getPeer, normaliseNodeId } from '../../core/sync/peerStore';
import { readSyncLog } from '../../core/sync/syncLog';
import { createSyncService } from '../../core/sync/syncService';
import {
  commonFlags,
  dbPathOf,
  optionalNumber,
  parseFlags,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';
import { eventLine } from './node';

/**
 * `samanvay sync --peer ID --once`: dials one paired peer, exchanges until both hold the
 * same changes (and this node every photo the peer has), and exits 0; otherwise exits 1
 * with the reason (SYNC_INCOMPLETE, naming the last failure).
 */
export async function syncCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    'recovery-key-file': { type: 'string' },
    peer: { type: 'string' },
    once: { type: 'boolean' },
    timeout: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  if (flags.once !== true)
    throw new UsageError('only --once is supported: for a running node use samanvay node');
  const peerId = normaliseNodeId(requireString(flags, 'peer'));
  const timeoutMs = optionalNumber(flags, 'timeout', 120, 86_400) * 1000;
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  const started = Date.now();
  const service = createSyncService({
    context,
    only: peerId,
    onEvent: (event) => {
      if (flags.verbose === true) io.err(eventLine(event));
    },
  });
  try {
    if (!getPeer(context.store.db, peerId))
      throw new SamanvayError('PEER_NOT_FOUND', undefined, { peer: peerId });
    await service.start();
    while (!service.inSyncWith(peerId)) {
      if (Date.now() - started > timeoutMs) {
        const status = service.status().peers.find((peer) => peer.nodeId === peerId);
        const refused = readSyncLog(context.store.db, 'refused', 1)[0];
        const reason =
          status?.lastError ?? (refused && refused.at >= started ? refused.code : 'SYNC_TIMEOUT');
        throw new SamanvayError('SYNC_INCOMPLETE', `Not in sync with ${peerId}: ${reason}.`, {
          reason,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const status = service.status().peers.find((peer) => peer.nodeId === peerId);
    const summary = {
      peer: peerId,
      inSync: true,
      bytesSent: status?.bytesSent ?? 0,
      bytesReceived: status?.bytesReceived ?? 0,
      ms: Date.now() - started,
    };
    io.out(
      flags.json === true ? JSON.stringify(summary) : `In sync with ${peerId} (${summary.ms} ms).`,
    );
  } finally {
    await service.stop();
    context.store.close();
  }
  return 0;
}
