import {
  commonFlags,
  dbPathOf,
  parseFlags,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';
import { withCliCore } from '../cliCore';

const peerFlags = {
  ...commonFlags,
  'recovery-key-file': { type: 'string' },
  id: { type: 'string' },
  office: { type: 'string' },
  address: { type: 'string' },
} as const;

/**
 * `samanvay peer add --id ID --office OFFICE_ID --address HOST:PORT | list | remove --id ID`:
 * the peers this node pairs with (local settings, never synced), through the same contract
 * calls as the Sync screen. The node id and office are read over the phone; the peer's full
 * key is pinned at first contact.
 */
export async function peerCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'add' && action !== 'list' && action !== 'remove') {
    throw new UsageError('peer needs add, list or remove');
  }
  const flags = parseFlags(rest, peerFlags);
  const json = flags.json === true;
  // Usage is checked before the database is unlocked.
  const pairing =
    action === 'add'
      ? {
          nodeId: requireString(flags, 'id'),
          officeId: requireString(flags, 'office'),
          address: requireString(flags, 'address'),
        }
      : undefined;
  const removeId = action === 'remove' ? requireString(flags, 'id') : undefined;
  await withCliCore(dbPathOf(flags), { unlock: unlockOf(flags, io) }, async (client) => {
    if (pairing) {
      const peer = await client.call('sync.pair', pairing);
      const status = await client.call('session.status', {});
      if (json) io.out(JSON.stringify(peer));
      else {
        io.out(`Paired with ${peer.nodeId} of ${peer.officeId ?? '?'} at ${peer.address}.`);
        io.out(`This node is ${status.nodeId ?? '?'}: pair it on the other side too.`);
      }
    } else if (removeId !== undefined) {
      const removed = await client.call('sync.unpair', { nodeId: removeId });
      io.out(json ? JSON.stringify({ removed: removed.nodeId }) : `Unpaired ${removed.nodeId}.`);
    } else {
      const { peers } = await client.call('sync.status', {});
      if (json) io.out(JSON.stringify(peers));
      else if (peers.length === 0) io.out('No peers paired.');
      else
        for (const peer of peers) {
          const contact =
            peer.lastContact === null ? 'never' : new Date(peer.lastContact).toISOString();
          const office = peer.officeId ?? 'office not bound: pair again with --office';
          io.out(
            `${peer.nodeId}  ${office.padEnd(14)} ${peer.address.padEnd(24)} key ${peer.keyPinned ? 'pinned' : 'not yet pinned'}, last contact ${contact}`,
          );
        }
    }
  });
  return 0;
}
