import { openNode } from '../../core/node/openNode';
import { addPeer, listPeers, removePeer } from '../../core/sync/peerStore';
import {
  commonFlags,
  dbPathOf,
  parseFlags,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';

const peerFlags = {
  ...commonFlags,
  'recovery-key-file': { type: 'string' },
  id: { type: 'string' },
  office: { type: 'string' },
  address: { type: 'string' },
} as const;

/**
 * `samanvay peer add --id ID --office OFFICE_ID --address HOST:PORT | list | remove --id ID`:
 * the peers this node pairs with (local settings, never synced). The node id and office are
 * read over the phone; the peer's full key is pinned at first contact.
 */
export async function peerCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'add' && action !== 'list' && action !== 'remove') {
    throw new UsageError('peer needs add, list or remove');
  }
  const flags = parseFlags(rest, peerFlags);
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  try {
    const db = context.store.db;
    if (action === 'add') {
      const peer = addPeer(
        db,
        {
          nodeId: requireString(flags, 'id'),
          officeId: requireString(flags, 'office'),
          address: requireString(flags, 'address'),
        },
        Date.now(),
      );
      io.out(
        flags.json === true
          ? JSON.stringify(peer)
          : `Paired with ${peer.nodeId} of ${peer.officeId ?? '?'} at ${peer.address}.`,
      );
      if (flags.json !== true)
        io.out(`This node is ${context.identity.nodeId}: pair it on the other side too.`);
    } else if (action === 'remove') {
      const id = requireString(flags, 'id');
      removePeer(db, id);
      io.out(flags.json === true ? JSON.stringify({ removed: id }) : `Unpaired ${id}.`);
    } else {
      const peers = listPeers(db);
      if (flags.json === true) io.out(JSON.stringify(peers));
      else if (peers.length === 0) io.out('No peers paired.');
      else
        for (const peer of peers) {
          const contact =
            peer.lastContact === null ? 'never' : new Date(peer.lastContact).toISOString();
          const office = peer.officeId ?? 'office not bound: pair again with --office';
          io.out(
            `${peer.nodeId}  ${office.padEnd(14)} ${peer.address.padEnd(24)} key ${peer.publicKey ? 'pinned' : 'not yet pinned'}, last contact ${contact}`,
          );
        }
    }
  } finally {
    context.store.close();
  }
  return 0;
}
