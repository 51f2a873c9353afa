import { SamanvayError } from '../../shared/errors';
import type { Db, ReadDb } from '../db/openDatabase';

/** A paired peer: its node id (pinned key fingerprint) and where to reach it. */
export interface Peer {
  nodeId: string;
  address: string;
  addedAt: number;
  lastContact: number | null;
}

const nodeIdPattern = /^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}$/;

/** `HOST:PORT` → parts; SamanvayError INVALID_INPUT if it is not one. */
export function parseAddress(address: string): { host: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:\s]+):(\d{1,5})$/.exec(address);
  const port = Number(match?.[2]);
  if (!match?.[1] || !(port >= 1 && port <= 65535)) {
    throw new SamanvayError('INVALID_INPUT', 'An address is HOST:PORT.', { address });
  }
  return { host: match[1].replace(/^\[|\]$/g, ''), port };
}

/** A node id as typed (any case, with or without dashes) in its canonical form. */
export function normaliseNodeId(text: string): string {
  const bare = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const id = bare.match(/.{1,4}/g)?.join('-') ?? '';
  if (!nodeIdPattern.test(id))
    throw new SamanvayError('INVALID_INPUT', 'Not a node id.', { id: text });
  return id;
}

interface PeerRow {
  node_id: string;
  address: string;
  added_at: number;
  last_contact: number | null;
}

const toPeer = (row: PeerRow): Peer => ({
  nodeId: row.node_id,
  address: row.address,
  addedAt: row.added_at,
  lastContact: row.last_contact,
});

/** Every paired peer, by node id. */
export function listPeers(db: ReadDb): Peer[] {
  return (db.prepare('SELECT * FROM peers ORDER BY node_id').all() as PeerRow[]).map(toPeer);
}

/** One paired peer, or undefined. */
export function getPeer(db: ReadDb, nodeId: string): Peer | undefined {
  const row = db.prepare('SELECT * FROM peers WHERE node_id = ?').get(nodeId) as
    PeerRow | undefined;
  return row ? toPeer(row) : undefined;
}

/** Pairs a peer, or changes the address of one already paired. */
export function addPeer(db: Db, nodeId: string, address: string, at: number): Peer {
  const id = normaliseNodeId(nodeId);
  parseAddress(address);
  db.prepare(
    `INSERT INTO peers (node_id, address, added_at) VALUES (?, ?, ?)
     ON CONFLICT (node_id) DO UPDATE SET address = excluded.address`,
  ).run(id, address, at);
  return getPeer(db, id) as Peer;
}

/** Unpairs a peer; PEER_NOT_FOUND if it was not paired. */
export function removePeer(db: Db, nodeId: string): void {
  const result = db.prepare('DELETE FROM peers WHERE node_id = ?').run(normaliseNodeId(nodeId));
  if (result.changes === 0) throw new SamanvayError('PEER_NOT_FOUND', undefined, { nodeId });
}

/** Records a successful exchange with a peer. */
export function touchPeer(db: Db, nodeId: string, at: number): void {
  db.prepare('UPDATE peers SET last_contact = ? WHERE node_id = ?').run(at, nodeId);
}

/** Whether a node's key has been revoked (its `node` record deleted by its office). */
export function isRevoked(db: ReadDb, nodeId: string): boolean {
  const row = db.prepare('SELECT deleted FROM nodes WHERE id = ?').get(nodeId.toLowerCase()) as
    { deleted: number } | undefined;
  return row?.deleted === 1;
}

/**
 * Whether a presented key may connect: a paired peer whose node has not been revoked.
 * Returns the refusal code, or undefined when it may.
 */
export function admissionOf(
  db: ReadDb,
  nodeId: string,
): 'PEER_UNKNOWN' | 'NODE_REVOKED' | undefined {
  if (isRevoked(db, nodeId)) return 'NODE_REVOKED';
  if (!getPeer(db, nodeId)) return 'PEER_UNKNOWN';
  return undefined;
}
