import { openNode } from '../../core/node/openNode';
import { listenFromSetting } from '../../core/sync/listenSetting';
import { parseAddress } from '../../core/sync/peerStore';
import { createSyncService, type SyncEvent } from '../../core/sync/syncService';
import { commonFlags, dbPathOf, parseFlags, UsageError, unlockOf, type CliIo } from '../cliContext';

/** One log line for a sync event: time, what, who, details. */
export function eventLine(event: SyncEvent, at = new Date()): string {
  const time = at.toISOString();
  switch (event.type) {
    case 'listening':
      return `${time} listening ${event.address}`;
    case 'connected':
      return `${time} connected ${event.peer} ${event.address} ${event.outbound ? 'outbound' : 'inbound'}`;
    case 'disconnected':
      return `${time} disconnected ${event.peer}${event.code ? ` ${event.code}` : ''}${event.detail ? ` ${event.detail}` : ''}`;
    case 'received':
      return `${time} received ${event.changes} changes from ${event.peer}`;
    case 'photo':
      return `${time} photo ${event.hash} from ${event.peer}`;
    default:
      return `${time} ${event.type} ${event.code} ${event.peer || '-'} ${event.address || '-'} ${event.detail}`;
  }
}

/**
 * `samanvay node [--listen HOST:PORT]`: a headless node that syncs and does nothing else (an
 * always-on relay at a district HQ), one log line per event, until SIGINT or SIGTERM. It
 * accepts peers at `--listen`, else at the address saved on the Sync screen.
 */
export async function nodeCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    'recovery-key-file': { type: 'string' },
    listen: { type: 'string' },
  });
  const given = typeof flags.listen === 'string' ? parseAddress(flags.listen) : undefined;
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  const listen = given ?? listenFromSetting(context.store.db);
  if (!listen) {
    context.store.close();
    throw new UsageError(
      'node needs --listen HOST:PORT, or a listen address saved on the Sync screen',
    );
  }
  const service = createSyncService({
    context,
    listen,
    onEvent: (event) => io.out(flags.json === true ? JSON.stringify(event) : eventLine(event)),
  });
  try {
    io.out(
      flags.json === true
        ? JSON.stringify({ type: 'node', nodeId: context.identity.nodeId })
        : `Node ${context.identity.nodeId}`,
    );
    await service.start();
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  } finally {
    await service.stop();
    context.store.close();
  }
  return 0;
}
