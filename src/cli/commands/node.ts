import type { SyncEventView } from '../../shared/api/syncContract';
import { commonFlags, dbPathOf, parseFlags, UsageError, unlockOf, type CliIo } from '../cliContext';
import { openCliCore } from '../cliCore';
import { oneLine } from '../oneLine';

/** One log line for a sync event: time, what, who, details. */
export function eventLine(event: SyncEventView, at = new Date()): string {
  const time = at.toISOString();
  switch (event.type) {
    case 'listening':
      return `${time} listening ${event.address}`;
    case 'connected':
      return `${time} connected ${event.peer} ${event.address} ${event.outbound ? 'outbound' : 'inbound'}`;
    case 'disconnected':
      return `${time} disconnected ${event.peer}${event.code ? ` ${event.code}` : ''}${event.detail ? ` ${oneLine(event.detail)}` : ''}`;
    case 'received':
      return `${time} received ${event.changes} changes from ${event.peer}`;
    case 'photo':
      return `${time} photo ${event.hash} from ${event.peer}`;
    default:
      return `${time} ${event.type} ${event.code} ${event.peer || '-'} ${event.address || '-'} ${oneLine(event.detail)}`;
  }
}

/** `stopped` resolves at the first SIGINT or SIGTERM; `release` stops listening for them. */
function untilStopped(): { stopped: Promise<void>; release: () => void } {
  let stop = () => undefined as void;
  const stopped = new Promise<void>((resolve) => {
    stop = () => {
      release();
      resolve();
    };
  });
  const release = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { stopped, release };
}

/**
 * `samanvay node [--listen HOST:PORT]`: a headless node that syncs and does nothing else (an
 * always-on relay at a district HQ), one log line per event, until SIGINT or SIGTERM. It
 * accepts peers at `--listen`, else at the address saved on the Sync screen. It is the
 * app's core, in its worker, driven through the contract; its events arrive as `sync.event`.
 */
export async function nodeCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    'recovery-key-file': { type: 'string' },
    listen: { type: 'string' },
  });
  const json = flags.json === true;
  // A signal from here on ends the node cleanly, even one that comes during the unlock.
  const signals = untilStopped();
  let core;
  try {
    core = await openCliCore(dbPathOf(flags), { unlock: unlockOf(flags, io), housekeeping: true });
  } catch (error) {
    signals.release();
    throw error;
  }
  try {
    const { client } = core;
    const status = await client.call('sync.status', {});
    const listen = typeof flags.listen === 'string' ? flags.listen : status.listenSetting;
    if (listen === null)
      throw new UsageError(
        'node needs --listen HOST:PORT, or a listen address saved on the Sync screen',
      );
    io.out(
      json ? JSON.stringify({ type: 'node', nodeId: status.nodeId }) : `Node ${status.nodeId}`,
    );
    client.subscribe('sync.event', (event) =>
      io.out(json ? JSON.stringify(event) : eventLine(event)),
    );
    await client.call('admin.syncStart', { listen });
    await signals.stopped;
    // Every session and the listener closed, then the store: nothing acknowledged is lost.
    await client.call('admin.syncStop', {});
  } finally {
    signals.release();
    await core.close();
  }
  return 0;
}
