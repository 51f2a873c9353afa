import type { Change, ChangeIntent, Commit } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import type { WallClock } from '../wallClock';
import type { Db } from '../db/openDatabase';
import type { NodeIdentity } from '../identity/nodeIdentity';
import { commitSchema } from '../../shared/domain/change';
import { signCommit, verifyCommit } from './commitSigning';
import { stampWall, type Hlc } from './hlc';
import { createIngest, type IngestReport } from './ingest';
import { createShareDecision, sharingSnapshotIntents } from './shareDecision';
import { createSignerTrust, type Arrival } from './signerTrust';

// Compatibility for modules that imported these from here before the split.
export { bodyJson, changeHash, commitBytes, verifyCommit } from './commitSigning';
export { changeFromRow, createIngest, type IngestReport } from './ingest';

/** Told of each commit recorded: `local` (written here) or `remote` (received), with its new changes. */
export type CommitListener = (
  commit: Commit,
  source: 'local' | 'remote',
  changes: readonly Change[],
) => void;

/**
 * Derives more intents from changes about to be written, to go in the same commit (the hit
 * check: a hit is signed and saved with the write that caused it, or not at all). Called
 * inside the write transaction, after the changes are applied and the search index is
 * flushed; intents it returns are not passed to it again.
 */
export type WriteHook = (changes: readonly Change[]) => ChangeIntent[];

/**
 * How far ahead of this node's clock a received stamp may be. Clocks a day apart still sync;
 * a stamp beyond this (a broken or hostile clock) would drag every node's clock with it.
 */
export const maxClockAheadMs = 2 * 86_400_000;

/** What a change log is built on. */
export interface ChangeLogContext {
  db: Db;
  identity: NodeIdentity;
  hlc: Hlc;
  clock: WallClock;
  officeId: string;
}

/**
 * The one path every change takes: local writes are stamped, decided local or shared, signed
 * as one commit, recorded and applied in one transaction (a refused change aborts the whole
 * commit); received commits are checked (shape, stamp, signer, office, signature) and
 * applied. Listeners hear of every commit recorded, whichever way it came.
 */
export function createChangeLog(context: ChangeLogContext) {
  const { db, identity, hlc, clock, officeId } = context;
  const listeners = new Set<CommitListener>();
  const writeHooks = new Set<WriteHook>();
  const notify = (commit: Commit, source: 'local' | 'remote', changes: readonly Change[]) => {
    for (const listener of listeners) listener(commit, source, changes);
  };
  const { ingestOne, beginBatch, searchIndex } = createIngest(db, identity.nodeId);
  const share = createShareDecision(db);
  const trust = createSignerTrust(db);
  const insertCommit = db.prepare(
    'INSERT INTO commits (origin, last_seq, first_seq, signature, received_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertReceived = db.prepare(
    `INSERT OR IGNORE INTO commits (origin, last_seq, first_seq, signature, redacted, received_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const maxSeq = db.prepare('SELECT max(seq) AS seq FROM changes WHERE origin = ?');
  const heldUpTo = (origin: string) => (maxSeq.get(origin) as { seq: number | null }).seq ?? 0;
  const lastSeq = () => heldUpTo(identity.nodeId);

  const fixCommitSeq = db.prepare(
    'UPDATE changes SET commit_last_seq = ? WHERE origin = ? AND seq BETWEEN ? AND ?',
  );

  const writeTransaction = db.transaction((requested: Omit<Commit, 'signature'>): Commit => {
    beginBatch();
    const report: IngestReport = { changes: [], refused: [] };
    const withheld: number[] = [];
    const decide = (change: Change) => {
      const local = share.isLocal(change);
      if (local) withheld.push(change.seq);
      return local;
    };
    ingestAll(requested.changes, requested.lastSeq, report, decide);
    let unsigned = requested;
    if (writeHooks.size > 0) {
      searchIndex.flush();
      const derived = [...writeHooks].flatMap((hook) => hook(requested.changes));
      const operator = requested.changes[0]?.operator ?? '';
      const extra = stampIntents(derived, requested.lastSeq + 1, operator);
      if (extra.length > 0) {
        const lastSeq = requested.lastSeq + extra.length;
        ingestAll(extra, lastSeq, report, decide);
        fixCommitSeq.run(lastSeq, identity.nodeId, requested.firstSeq, requested.lastSeq);
        unsigned = { ...requested, lastSeq, changes: [...requested.changes, ...extra] };
      }
    }
    const commit = signCommit(identity, unsigned, withheld);
    if (!commit) throw new SamanvayError('INTERNAL', 'commit out of sequence');
    insertCommit.run(commit.origin, commit.lastSeq, commit.firstSeq, commit.signature, clock.now());
    searchIndex.flush();
    return commit;
  });

  /** Takes a local commit's changes in; a change the rules refuse aborts the whole write. */
  function ingestAll(
    changes: readonly Change[],
    commitLastSeq: number,
    report: IngestReport,
    decide: (change: Change) => boolean,
  ): void {
    for (const change of changes) {
      const outcome = ingestOne(change, commitLastSeq, report, true, decide);
      if (outcome?.status === 'pending') {
        throw new SamanvayError('NOT_FOUND', undefined, {
          entity: change.entity,
          id: change.recordId,
        });
      }
      if (outcome?.status === 'refused') {
        throw new SamanvayError(outcome.reason, undefined, {
          entity: change.entity,
          id: change.recordId,
          detail: outcome.detail,
        });
      }
    }
  }

  /** Intents as this node's changes, numbered from `firstSeq`, stamped now. */
  function stampIntents(intents: ChangeIntent[], firstSeq: number, operator: string): Change[] {
    return intents.map((intent, index) => ({
      ...intent,
      origin: identity.nodeId,
      seq: firstSeq + index,
      hlc: hlc.next(),
      office: officeId,
      operator,
    }));
  }

  const receiveTransaction = db.transaction((commit: Commit) => {
    beginBatch();
    const report: IngestReport = { changes: [], refused: [] };
    // A commit past everything held from its origin (how sync delivers them, in order) has
    // no change held already: one look for the commit instead of one per change.
    const fresh = heldUpTo(commit.origin) < commit.firstSeq;
    for (const change of commit.changes) {
      hlc.observe(change.hlc);
      ingestOne(change, commit.lastSeq, report, fresh);
    }
    insertReceived.run(
      commit.origin,
      commit.lastSeq,
      commit.firstSeq,
      commit.signature,
      JSON.stringify(commit.redacted),
      clock.now(),
    );
    searchIndex.flush();
    return report;
  });

  /** Records intents as one signed commit by `operatorId`; returns the changes written. */
  function write(requested: ChangeIntent[], operatorId: string): Change[] {
    if (requested.length === 0) return [];
    const intents = [...requested, ...sharingSnapshotIntents(db, requested)];
    const firstSeq = lastSeq() + 1;
    const changes = stampIntents(intents, firstSeq, operatorId);
    const commit = writeTransaction({
      origin: identity.nodeId,
      firstSeq,
      lastSeq: firstSeq + changes.length - 1,
      changes,
      redacted: [],
    });
    // The commit may carry changes a write hook added (hits): listeners hear of them all.
    notify(commit, 'local', commit.changes);
    return commit.changes;
  }

  /** Checks a received commit before anything in it is used; returns its signer. */
  function check(input: Commit, arrival: Arrival) {
    const parsed = commitSchema.safeParse(input);
    if (!parsed.success) {
      throw new SamanvayError('SYNC_BAD_FRAME', 'The commit is malformed.', {
        field: parsed.error.issues[0]?.path.join('.') ?? '',
      });
    }
    const commit: Commit = parsed.data;
    const latest = clock.now() + maxClockAheadMs;
    if (commit.changes.some((change) => stampWall(change.hlc) > latest)) {
      throw new SamanvayError('STAMP_IN_FUTURE', undefined, {
        origin: commit.origin,
        lastSeq: commit.lastSeq,
      });
    }
    const signer = trust.signerOf(commit, arrival);
    // Changes in ascending seq; commitBytes checks that they and the redacted hashes
    // account for every seq of the commit exactly once, and that exactly the changes the
    // origin marked local are withheld.
    const wellFormed = commit.changes.every(
      (change, index) =>
        change.origin === commit.origin && change.seq > (commit.changes[index - 1]?.seq ?? 0),
    );
    if (!wellFormed || !verifyCommit(commit, signer.publicKey)) {
      throw new SamanvayError('BAD_SIGNATURE', undefined, {
        origin: commit.origin,
        lastSeq: commit.lastSeq,
      });
    }
    if (commit.changes.some((change) => change.office !== signer.officeId)) {
      throw new SamanvayError(
        'NOT_OWNER',
        'A change claims an office its node does not belong to.',
        {
          origin: commit.origin,
        },
      );
    }
    return { commit, signer };
  }

  return {
    write,
    /**
     * Takes in a commit signed by another node (sync, bundles): checks its shape, signer,
     * office and signature first (BAD_SIGNATURE, UNKNOWN_NODE, NOT_OWNER,
     * PEER_OFFICE_MISMATCH: nothing applied), then applies each change; changes the merge
     * rules refuse are reported, not applied. `arrival.pairedOffice`: the commit's signer is
     * the peer on the line, paired for that office.
     */
    receive(input: Commit, arrival: Arrival = {}): IngestReport {
      const { commit, signer } = check(input, arrival);
      const report = receiveTransaction(commit);
      notify(commit, 'remote', report.changes);
      // A workstation of this office, paired here, is vouched for: this node's own signed
      // record of its key lets every other office accept it when its changes are relayed.
      if (signer.newcomer && signer.paired && signer.officeId === officeId) {
        write(
          [
            {
              entity: 'node',
              recordId: commit.origin.toLowerCase(),
              op: 'create',
              body: {
                fields: { officeId, publicKey: signer.publicKey, label: 'workstation (paired)' },
              },
            },
          ],
          'system',
        );
      }
      return report;
    },

    /**
     * Calls `listener` after each commit this log records, written here or received (sync
     * pushes new commits live). Returns the function that stops it.
     */
    onCommit(listener: CommitListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Adds a hook that derives changes for each local commit (see WriteHook); returns its remover. */
    onWriting(hook: WriteHook): () => void {
      writeHooks.add(hook);
      return () => writeHooks.delete(hook);
    },
  };
}

/** A node's change log. */
export type ChangeLog = ReturnType<typeof createChangeLog>;
