import { commitSchema, type Commit } from '../../shared/domain/change';
import type { Db } from '../db/openDatabase';
import { changeHash, verifyCommit } from './commitSigning';
import { changeFromRow, type ChangeRow } from './ingest';

/** What a commit whose seqs are all held already turns out to be. */
export type HeldCommitVerdict =
  /** The commit held, or one signing the same changes (e.g. signed again after migration 004). */
  | { kind: 'held' }
  /** Different changes, not signed by its origin: a relay or a peer made it up. */
  | { kind: 'forged'; detail: string }
  /** Its origin signed different changes for seqs it had already signed: proof kept. */
  | { kind: 'equivocation'; detail: string };

/** Evidence kept per origin at most: a hostile node cannot fill the disk with its own proofs. */
export const maxEvidencePerOrigin = 20;
const maxEvidenceBytes = 1_000_000;
/** The most seqs one commit spans (its changes and its withheld ones, 20,000 each at most). */
const maxCommitSpan = 40_000;

/**
 * Equivocation: a node that signs two different commits for the same seqs shows one history
 * to one peer and another to the next, and the two never converge. A commit arriving for seqs
 * already held is compared with what is held: the same signature is the same commit (Ed25519
 * is deterministic); otherwise the changes are compared hash by hash, and a difference signed
 * by the origin is equivocation, kept in `equivocations` (migration 018) for the auditor.
 */
export function createEquivocationCheck(db: Db) {
  const heldSignature = db
    .prepare('SELECT signature FROM commits WHERE origin = ? AND last_seq = ?')
    .pluck();
  // A stored commit overlapping [first, last] ends within one commit's span past `last`.
  const heldCommits = db.prepare(
    `SELECT first_seq, last_seq, signature, redacted FROM commits
     WHERE origin = ? AND last_seq BETWEEN ? AND ? + ${maxCommitSpan} AND first_seq <= ?`,
  );
  const heldChanges = db.prepare(
    `SELECT origin, seq, hlc, office, operator, entity, record_id, op, body FROM changes
     WHERE origin = ? AND seq BETWEEN ? AND ?`,
  );
  const originKey = db.prepare('SELECT public_key FROM nodes WHERE id = ?').pluck();
  const evidenceCount = db.prepare('SELECT count(*) FROM equivocations WHERE origin = ?').pluck();
  const keepEvidence = db.prepare(
    `INSERT OR IGNORE INTO equivocations (origin, first_seq, last_seq, signature, seqs, commit_json, via, seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  /** Per seq, the hash of what is held, from the change rows and the withheld hashes. */
  function heldHashes(origin: string, firstSeq: number, lastSeq: number) {
    const rows = heldCommits.all(origin, firstSeq, lastSeq, lastSeq) as Array<{
      first_seq: number;
      last_seq: number;
      signature: string;
      redacted: string;
    }>;
    const hashes = new Map<number, string>();
    for (const row of rows) {
      for (const entry of JSON.parse(row.redacted) as Array<{ seq: number; hash: string }>)
        hashes.set(entry.seq, entry.hash);
    }
    for (const row of heldChanges.all(origin, firstSeq, lastSeq) as ChangeRow[])
      hashes.set(row.seq, changeHash(changeFromRow(row)));
    return { signatures: new Set(rows.map((row) => row.signature)), hashes };
  }

  return {
    /**
     * Judges a commit (unchecked input from a peer or a bundle) whose seqs are all held.
     * `via`: the peer or bundle it came through; `now`: when, for the evidence.
     */
    judge(input: Commit, via: string, now: number): HeldCommitVerdict {
      // The usual case, the very commit held (a relay passing it on): one lookup, no parsing.
      if (heldSignature.get(input.origin, input.lastSeq) === input.signature)
        return { kind: 'held' };
      const parsed = commitSchema.safeParse(input);
      if (!parsed.success) return { kind: 'forged', detail: 'malformed commit for seqs held' };
      const commit = parsed.data;
      const held = heldHashes(commit.origin, commit.firstSeq, commit.lastSeq);
      if (held.signatures.has(commit.signature)) return { kind: 'held' };
      const differing: number[] = [];
      const offered = [
        ...commit.changes.map((change) => [change.seq, changeHash(change)] as const),
        ...commit.redacted.map((entry) => [entry.seq, entry.hash] as const),
      ];
      for (const [seq, hash] of offered) {
        const mine = held.hashes.get(seq);
        if (mine !== undefined && mine !== hash) differing.push(seq);
      }
      if (differing.length === 0) return { kind: 'held' };
      const key = originKey.get(commit.origin.toLowerCase()) as string | undefined;
      const seqs = `${differing.slice(0, 10).join(', ')}${differing.length > 10 ? ', …' : ''}`;
      if (key === undefined || !verifyCommit(commit, key))
        return { kind: 'forged', detail: `differs from the commit held at seq ${seqs}` };
      if ((evidenceCount.get(commit.origin) as number) < maxEvidencePerOrigin) {
        const json = JSON.stringify(commit);
        keepEvidence.run(
          commit.origin,
          commit.firstSeq,
          commit.lastSeq,
          commit.signature,
          differing.join(','),
          json.length <= maxEvidenceBytes ? json : json.slice(0, maxEvidenceBytes),
          via,
          now,
        );
      }
      return {
        kind: 'equivocation',
        detail: `its origin signed other changes for seq ${seqs} than the ones held`,
      };
    },
  };
}

/** An equivocation check bound to one database. */
export type EquivocationCheck = ReturnType<typeof createEquivocationCheck>;
