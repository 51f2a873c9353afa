import { SamanvayError } from '../../shared/errors';
import type { Db, ReadDb } from '../db/openDatabase';

/**
 * A paired peer: its node id (key fingerprint) and office, both read over the phone, where to
 * reach it, and its full public key once pinned at first contact.
 */
export interface Peer {
  nodeId: string;
  /** The office bound at pairing; null for a peer paired before offices were bound. */
  officeId: string | null;
  address: string;
  /** The full public key (hex) the peer presented at first contact; null until then. */
  publicKey: string | null;
  addedAt: number;
  lastContact: number | null;
}

const officeIdPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** An office id as typed, checked; SamanvayError INVALID_INPUT if it is not one. */
export function normaliseOfficeId(text: string): string {
  const id = text.trim().toLowerCase();
  if (!officeIdPattern.test(id))
    throw new SamanvayError('INVALID_INPUT', 'Not an office id.', { officeId: text });
  return id;
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
  office_id: string | null;
  address: string;
  public_key: string | null;
  added_at: number;
  last_contact: number | null;
}

const toPeer = (row: PeerRow): Peer => ({
  nodeId: row.node_id,
  officeId: row.office_id,
  address: row.address,
  publicKey: row.public_key,
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

/** What the operator reads over the phone to pair a peer, and where to reach it. */
export interface PeerPairing {
  nodeId: string;
  officeId: string;
  address: string;
}

/**
 * Pairs a peer, binding its node id and office; pairing it again changes its address and
 * office. A key pinned at first contact is kept (unpair to forget it).
 */
export function addPeer(db: Db, pairing: PeerPairing, at: number): Peer {
  const id = normaliseNodeId(pairing.nodeId);
  const officeId = normaliseOfficeId(pairing.officeId);
  parseAddress(pairing.address);
  db.prepare(
    `INSERT INTO peers (node_id, office_id, address, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (node_id) DO UPDATE SET address = excluded.address, office_id = excluded.office_id`,
  ).run(id, officeId, pairing.address, at);
  return getPeer(db, id) as Peer;
}

/**
 * Pins a paired peer's full public key at first contact, or checks it against the pinned
 * one: the node id is only 80 bits of its hash. Returns false if it differs.
 */
export function pinPeerKey(db: Db, nodeId: string, publicKeyHex: string): boolean {
  const peer = getPeer(db, nodeId);
  if (!peer) return false;
  if (peer.publicKey === null) {
    db.prepare('UPDATE peers SET public_key = ? WHERE node_id = ? AND public_key IS NULL').run(
      publicKeyHex,
      nodeId,
    );
    return true;
  }
  return peer.publicKey === publicKeyHex;
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
 * Whether a presented key may connect: a paired peer whose node has not been revoked, and
 * (when `publicKeyHex` is given) whose full key is the one pinned at first contact.
 * Returns the refusal code, or undefined when it may.
 */
export function admissionOf(
  db: ReadDb,
  nodeId: string,
  publicKeyHex?: string,
): 'PEER_UNKNOWN' | 'NODE_REVOKED' | 'PEER_MISMATCH' | undefined {
  if (isRevoked(db, nodeId)) return 'NODE_REVOKED';
  const peer = getPeer(db, nodeId);
  if (!peer) return 'PEER_UNKNOWN';
  if (publicKeyHex !== undefined && peer.publicKey !== null && peer.publicKey !== publicKeyHex)
    return 'PEER_MISMATCH';
  return undefined;
}
