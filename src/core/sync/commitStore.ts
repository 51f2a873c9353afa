import type { Change, Commit, RedactedChange } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import { changeHash } from '../changes/commitSigning';
import { createEquivocationCheck } from '../changes/equivocation';
import { changeFromRow, type ChangeRow, type IngestReport } from '../changes/ingest';
import type { NodeContext } from '../node/nodeContext';
import type { Rejection, Vector } from './messages';
import { isRevoked } from './peerStore';

/** What became of one received commit. */
export type ReceiveOutcome =
  | { status: 'held' }
  | { status: 'applied'; report: IngestReport }
  | { status: 'rejected'; rejection: Rejection };

interface CommitRow {
  origin: string;
  first_seq: number;
  last_seq: number;
  signature: string;
  redacted: string;
}

/**
 * The commits a node holds, seen as sync needs them: its version vector (per origin, the
 * last seq held; commits of an origin are taken only in order, so everything before it is
 * held too), the commits a peer lacks (the changes their origin marked local withheld, as
 * the origin signed), and receiving in order.
 */
export function createCommitStore(context: NodeContext) {
  const db = context.store.db;
  const vector: Vector = {};
  const readVector = db.prepare('SELECT origin, max(last_seq) AS seq FROM commits GROUP BY origin');
  const reload = () => {
    for (const origin of Object.keys(vector)) delete vector[origin];
    for (const row of readVector.all() as Array<{ origin: string; seq: number }>)
      vector[row.origin] = row.seq;
  };
  reload();
  const stopListening = context.changeLog.onCommit((commit) => {
    vector[commit.origin] = Math.max(vector[commit.origin] ?? 0, commit.lastSeq);
  });
  const commitsAfter = db.prepare(
    'SELECT origin, first_seq, last_seq, signature, redacted FROM commits WHERE origin = ? AND last_seq > ? ORDER BY last_seq LIMIT ?',
  );
  const changesOf = db.prepare(
    'SELECT origin, seq, hlc, office, operator, entity, record_id, op, body, local FROM changes WHERE origin = ? AND seq BETWEEN ? AND ? ORDER BY seq',
  );

  const equivocation = createEquivocationCheck(db);
  // What getPeer reads of a peer, prepared once: it is asked for every commit received.
  const peerOffice = db.prepare('SELECT office_id FROM peers WHERE node_id = ?');

  function toCommit(row: CommitRow): Commit {
    const redacted = JSON.parse(row.redacted) as RedactedChange[];
    const changes: Change[] = [];
    for (const changeRow of changesOf.all(row.origin, row.first_seq, row.last_seq) as Array<
      ChangeRow & { local: number }
    >) {
      const change = changeFromRow(changeRow);
      if (changeRow.local === 1) redacted.push({ seq: change.seq, hash: changeHash(change) });
      else changes.push(change);
    }
    redacted.sort((left, right) => left.seq - right.seq);
    return {
      origin: row.origin,
      firstSeq: row.first_seq,
      lastSeq: row.last_seq,
      signature: row.signature,
      changes,
      redacted,
    };
  }

  return {
    /** This node's version vector (a live object: copy it to keep a snapshot). */
    vector,

    /**
     * Up to about `maxChanges` changes' worth of commits that a peer holding `from` lacks,
     * in order per origin. Origins in `skip` (refused by the peer) and revoked ones are left out.
     */
    commitsFor(from: Vector, maxChanges: number, skip: ReadonlySet<string>): Commit[] {
      const commits: Commit[] = [];
      let budget = maxChanges;
      for (const [origin, held] of Object.entries(vector)) {
        const peerHas = from[origin] ?? 0;
        if (held <= peerHas || skip.has(origin) || isRevoked(db, origin)) continue;
        for (const row of commitsAfter.all(origin, peerHas, Math.max(1, budget)) as CommitRow[]) {
          commits.push(toCommit(row));
          budget -= row.last_seq - row.first_seq + 1;
          if (budget <= 0) return commits;
        }
      }
      return commits;
    },

    /**
     * Takes one commit in, in order: held already, applied, or rejected with a reason (a
     * commit for seqs held that differs from the one held: BAD_SIGNATURE, or EQUIVOCATION
     * when its origin signed it, with the proof kept).
     * `peer` is the node on the line: a commit it signed itself comes from a paired key, and
     * must be of the office bound when it was paired.
     */
    receive(commit: Commit, peer?: string): ReceiveOutcome {
      const held = vector[commit.origin] ?? 0;
      const reject = (code: string, detail: string): ReceiveOutcome => ({
        status: 'rejected',
        rejection: { origin: commit.origin, lastSeq: commit.lastSeq, code, detail },
      });
      if (commit.lastSeq <= held) {
        // Seqs held already: the same commit again, or another one its origin also signed.
        const verdict = equivocation.judge(commit, peer ?? 'unknown', context.clock.now());
        if (verdict.kind === 'held') return { status: 'held' };
        return reject(verdict.kind === 'forged' ? 'BAD_SIGNATURE' : 'EQUIVOCATION', verdict.detail);
      }
      if (commit.firstSeq !== held + 1) {
        return reject('SYNC_GAP', `holds up to ${held}, commit starts at ${commit.firstSeq}`);
      }
      try {
        const pairedOffice =
          commit.origin === peer
            ? ((peerOffice.get(peer) as { office_id: string | null } | undefined)?.office_id ??
              undefined)
            : undefined;
        const report = context.changeLog.receive(commit, { pairedOffice });
        return { status: 'applied', report };
      } catch (error) {
        if (error instanceof SamanvayError) return reject(error.code, error.message);
        throw error;
      }
    },

    /** Reads the vector again from the database (after a rolled-back batch). */
    reload,

    /** Stops following the change log. */
    close() {
      stopListening();
    },
  };
}

/** A commit store bound to one node. */
export type CommitStore = ReturnType<typeof createCommitStore>;

/** Whether `vector` holds everything `other` does (ignoring origins in `except`). */
export function covers(
  vector: Vector,
  other: Vector,
  except: (origin: string) => boolean = () => false,
): boolean {
  return Object.entries(other).every(
    ([origin, seq]) => except(origin) || (vector[origin] ?? 0) >= seq,
  );
}
