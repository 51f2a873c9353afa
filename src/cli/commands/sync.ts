import { SamanvayError } from '../../shared/errors';
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
import { withCliCore } from '../cliCore';
import { nodeIdOf } from '../nodeIdOf';
import { eventLine } from './node';
import { heldBackLine, notInSyncLine, onceReport, type OnceReport } from './syncReport';

/** A refusal by the peer, in the words `sync --once` ends with. */
function refusalError(code: string, message: string): SamanvayError {
  const known = code as ConstructorParameters<typeof SamanvayError>[0];
  return new SamanvayError(known, message.replace(/\.$/, '').replace(/^The peer/, 'the peer'));
}

/**
 * `samanvay sync --peer ID --once [--json]`: dials one paired peer and exchanges until nothing
 * more moves, photos included. Exits 0 only when the peer holds every change and photo this
 * node may share with it, this node every one the peer has, and nothing was refused on either
 * side; otherwise 1 with one line of counts and the first reason (SYNC_INCOMPLETE). A peer
 * that refuses this computer ends it at once with the peer's reason (PEER_UNKNOWN…). The
 * exchange runs in the app's core (its worker), driven and watched through the contract.
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
  const peerId = nodeIdOf(requireString(flags, 'peer'));
  const timeoutMs = optionalNumber(flags, 'timeout', 120, 86_400) * 1000;
  const report = await withCliCore(
    dbPathOf(flags),
    { unlock: unlockOf(flags, io) },
    async (client): Promise<OnceReport> => {
      const started = Date.now();
      // Refuses a peer that is not paired before anything is dialled.
      await client.call('admin.syncProgress', { peer: peerId });
      if (flags.verbose === true)
        client.subscribe('sync.event', (event) => io.err(eventLine(event)));
      await client.call('admin.syncStart', { listen: null, only: peerId });
      try {
        let settled = false;
        let progress = await client.call('admin.syncProgress', { peer: peerId });
        for (;;) {
          if (progress.failure && progress.refusedByPeer) {
            io.progress?.('');
            throw refusalError(progress.failure.code, progress.failure.message);
          }
          settled = progress.settled;
          if (settled || Date.now() - started > timeoutMs) break;
          if (progress.report)
            io.progress?.(
              `sent ${progress.report.sent}, received ${progress.report.received} changes; photos: ${progress.report.photosToSend} to send, ${progress.report.photosToReceive} to receive`,
            );
          await new Promise((resolve) => setTimeout(resolve, 50));
          progress = await client.call('admin.syncProgress', { peer: peerId });
        }
        io.progress?.('');
        const status = await client.call('sync.status', {});
        const peer = status.peers.find((view) => view.nodeId === peerId);
        return onceReport({
          peer: peerId,
          settled,
          report: progress.report,
          changesToSend: peer?.changesToSend ?? 0,
          changesToReceive: peer?.changesToReceive ?? 0,
          heldBack: peer?.heldBack ?? [],
          failure: progress.failure,
          ms: Date.now() - started,
        });
      } finally {
        await client.call('admin.syncStop', {});
      }
    },
  );
  if (flags.json === true) io.out(JSON.stringify(report));
  else if (report.inSync)
    io.out(
      `In sync with ${peerId}: sent ${report.sent}, received ${report.received} changes (${report.ms} ms).`,
    );
  else for (const view of report.heldBack) io.out(heldBackLine(view));
  if (!report.inSync)
    throw new SamanvayError('SYNC_INCOMPLETE', notInSyncLine(report), { peer: peerId });
  return 0;
}
