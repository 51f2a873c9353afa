import type { Change } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { Vector } from './messages';

/** The error a session closes with when the peer says it refuses this node. */
export function refusedBy(code: string): SamanvayError {
  switch (code) {
    case 'PEER_UNKNOWN':
      return new SamanvayError(
        'PEER_UNKNOWN',
        'The peer refused this computer: it has not paired it.',
      );
    case 'NODE_REVOKED':
      return new SamanvayError(
        'NODE_REVOKED',
        'The peer refused this computer: its key is revoked.',
      );
    case 'PEER_MISMATCH':
      return new SamanvayError(
        'PEER_MISMATCH',
        'The peer refused this computer: it pinned another key for this node id.',
      );
    case 'PEER_OFFICE_MISMATCH':
      return new SamanvayError(
        'PEER_OFFICE_MISMATCH',
        'The peer refused this computer: it paired this node id for another office.',
      );
    default:
      return new SamanvayError('SYNC_VERSION');
  }
}

/** Pace of one session; tests shorten the timers. */
export interface SessionTiming {
  /** Changes per batch (whole commits, so a batch may hold a little more). */
  batchChanges: number;
  /** Batches sent and not yet acknowledged. */
  window: number;
  /** Photos fetched at once. */
  photoWindow: number;
  heartbeatMs: number;
  /** No frame for this long (or no hello): the peer is gone. */
  deadAfterMs: number;
  /** An unacknowledged batch is sent again after this long. */
  ackTimeoutMs: number;
}

export const defaultTiming: SessionTiming = {
  batchChanges: 2000,
  window: 4,
  photoWindow: 32,
  heartbeatMs: 5000,
  deadAfterMs: 20_000,
  ackTimeoutMs: 15_000,
};

/** What a session tells its service. */
export interface SessionHooks {
  log(kind: 'refused' | 'rejected' | 'error', code: string, detail: string): void;
  /** Changes newly applied from this peer (for the UI and relaying to other peers). */
  received(changes: Change[]): void;
  /** A photo arrived. */
  photoStored(hash: string): void;
  /** Photos being fetched by any session of this node, so two do not fetch the same one. */
  photoClaims: Set<string>;
  /** Something in the status moved. */
  changed(): void;
  closed(error: SamanvayError | undefined): void;
}

/** One session's view for the status screen. */
export interface SessionState {
  ready: boolean;
  peerVector: Vector;
  batchesInFlight: number;
  photosWaiting: number;
  photo?: { hash: string; offset: number; total: number } | undefined;
  bytesIn: number;
  bytesOut: number;
}
