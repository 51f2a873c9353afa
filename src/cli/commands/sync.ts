import { SamanvayError } from '../../shared/errors';
import { openNode } from '../../core/node/openNode';
import { heldBackLine } from '../../core/sync/heldBack';
import { getPeer, normaliseNodeId } from '../../core/sync/peerStore';
import { createSyncService } from '../../core/sync/syncService';
import { refusalCodes } from '../../core/sync/transport';
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
import { notInSyncLine, onceReport, type OnceReport } from './syncReport';

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
 * that refuses this computer ends it at once with the peer's reason (PEER_UNKNOWN…).
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
  let report: OnceReport;
  try {
    if (!getPeer(context.store.db, peerId))
      throw new SamanvayError('PEER_NOT_FOUND', undefined, { peer: peerId });
    await service.start();
    let settled = false;
    for (;;) {
      const failure = service.failureOf(peerId);
      if (failure && refusalCodes.has(failure.code)) {
        io.progress?.('');
        throw refusalError(failure.code, failure.message);
      }
      settled = service.settledWith(peerId);
      if (settled || Date.now() - started > timeoutMs) break;
      const progress = service.reportFor(peerId);
      if (progress)
        io.progress?.(
          `sent ${progress.sent}, received ${progress.received} changes; photos: ${progress.photosToSend} to send, ${progress.photosToReceive} to receive`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    io.progress?.('');
    const status = service.status().peers.find((peer) => peer.nodeId === peerId);
    report = onceReport({
      peer: peerId,
      settled,
      report: service.reportFor(peerId),
      changesToSend: status?.changesToSend ?? 0,
      changesToReceive: status?.changesToReceive ?? 0,
      heldBack: status?.heldBack ?? [],
      failure: service.failureOf(peerId),
      ms: Date.now() - started,
    });
  } finally {
    await service.stop();
    context.store.close();
  }
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
