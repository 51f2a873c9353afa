import type { SyncPeerView, SyncStatusView } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';
import { referencedPhotosSql } from '../photos/photoStorage';
import type { Vector } from './messages';
import { listPeers } from './peerStore';
import { heldBackOf } from './heldBack';
import { readListenSetting } from './listenSetting';
import type { Session } from './session';
import type { SessionReport } from './sessionReport';

/** The Sync screen's status. */
export type SyncStatus = SyncStatusView;

/** Sum of what `ahead` holds past `behind`, per origin: changes waiting that way. */
export function changesAhead(ahead: Vector, behind: Vector): number {
  let count = 0;
  for (const [origin, seq] of Object.entries(ahead))
    count += Math.max(0, seq - (behind[origin] ?? 0));
  return count;
}

/** Builds the status from the peers table, live sessions and what was last known of others. */
export function buildStatus(input: {
  db: ReadDb;
  nodeId: string;
  listening: string | undefined;
  vector: Vector;
  sessions: ReadonlyMap<string, Session>;
  lastVectors: ReadonlyMap<string, Vector>;
  lastReports?: ReadonlyMap<string, SessionReport>;
  retry: ReadonlyMap<string, { lastError?: string | undefined }>;
  running?: boolean;
}): SyncStatus {
  const { db } = input;
  const peers: SyncPeerView[] = listPeers(db).map((peer) => {
    const session = input.sessions.get(peer.nodeId);
    const state = session?.state();
    const peerVector = state?.peerVector ?? input.lastVectors.get(peer.nodeId);
    return {
      nodeId: peer.nodeId,
      officeId: peer.officeId,
      keyPinned: peer.publicKey !== null,
      address: peer.address,
      online: state?.ready ?? false,
      lastContact: peer.lastContact,
      changesToSend: peerVector ? changesAhead(input.vector, peerVector) : 0,
      changesToReceive: peerVector ? changesAhead(peerVector, input.vector) : 0,
      photosWaiting: state?.photosWaiting ?? 0,
      bytesSent: state?.bytesOut ?? 0,
      bytesReceived: state?.bytesIn ?? 0,
      transfer: state?.photo
        ? { hash: state.photo.hash, received: state.photo.offset, total: state.photo.total }
        : null,
      lastError: input.retry.get(peer.nodeId)?.lastError ?? null,
      heldBack: heldBackOf(
        db,
        (session?.report() ?? input.lastReports?.get(peer.nodeId))?.refusedThere ?? [],
      ),
    };
  });
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number | undefined) ?? 0;
  return {
    running: input.running ?? true,
    nodeId: input.nodeId,
    listening: input.listening ?? null,
    listenSetting: readListenSetting(db) ?? null,
    peers,
    missingPhotos: count(`SELECT count(*) FROM (${referencedPhotosSql})
      WHERE hash NOT IN (SELECT hash FROM photos)`),
    refusedConnections: count("SELECT count(*) FROM sync_log WHERE kind = 'refused'"),
    rejectedChanges: count("SELECT count(*) FROM sync_log WHERE kind = 'rejected'"),
  };
}
