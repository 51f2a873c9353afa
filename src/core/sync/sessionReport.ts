import type { Commit } from '../../shared/domain/change';
import type { Rejection } from './messages';

/** One refusal: a whole commit (`lastSeq`) or one change of it (`seq`), and why. */
export interface Refusal {
  origin: string;
  /** The commit's last seq, or the change's seq. */
  seq: number;
  /** Whole commit, or one change merge rules refused. */
  scope: 'commit' | 'change';
  code: string;
  detail: string;
}

/** What one session exchanged and refused, each way: what `sync --once` reports. */
export interface SessionReport {
  /** Changes sent in batches (a resent batch counts again). */
  sent: number;
  /** Changes newly applied here. */
  received: number;
  /** Refused by this node. */
  refusedHere: Refusal[];
  /** Refused by the peer (told in its acks). */
  refusedThere: Refusal[];
}

/** Keeps a session's report; a refusal seen twice (a retried commit) is kept once. */
export function createSessionReport() {
  const report: SessionReport = { sent: 0, received: 0, refusedHere: [], refusedThere: [] };
  const seen = new Set<string>();
  const add = (list: Refusal[], side: string, refusal: Refusal) => {
    const key = `${side}|${refusal.scope}|${refusal.origin}|${refusal.seq}|${refusal.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(refusal);
  };
  const fromRejection = (rejection: Rejection): Refusal => ({
    origin: rejection.origin,
    seq: rejection.lastSeq,
    scope: 'commit',
    code: rejection.code,
    detail: rejection.detail,
  });
  return {
    sent(commits: readonly Commit[]): void {
      for (const commit of commits) report.sent += commit.changes.length;
    },
    received(count: number): void {
      report.received += count;
    },
    /** A commit this node rejected (a gap is no refusal: it is sent again in order). */
    rejectedHere(rejection: Rejection): void {
      if (rejection.code !== 'SYNC_GAP') add(report.refusedHere, 'here', fromRejection(rejection));
    },
    rejectedThere(rejection: Rejection): void {
      if (rejection.code !== 'SYNC_GAP')
        add(report.refusedThere, 'there', fromRejection(rejection));
    },
    changeRefusedHere(refusal: Omit<Refusal, 'scope'>): void {
      add(report.refusedHere, 'here', { ...refusal, scope: 'change' });
    },
    changeRefusedThere(refusal: Omit<Refusal, 'scope'>): void {
      add(report.refusedThere, 'there', { ...refusal, scope: 'change' });
    },
    /** A copy of the report so far. */
    snapshot(): SessionReport {
      return {
        ...report,
        refusedHere: [...report.refusedHere],
        refusedThere: [...report.refusedThere],
      };
    },
  };
}
