import { createHash } from 'node:crypto';
import type { Change, ChangeBody, ChangeIntent, Commit } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import { SamanvayError } from '../../shared/errors';
import type { WallClock } from '../coreTypes';
import type { Db } from '../db/openDatabase';
import { fingerprint, signBytes, verifyBytes, type NodeIdentity } from '../identity/nodeIdentity';
import { createApplier } from './applyChange';
import type { ApplyOutcome } from './applyOutcome';
import { canonicalJson } from './canonicalJson';
import { stampWall, type Hlc } from './hlc';
import { commitSchema } from '../../shared/domain/commitSchema';
import { sharingSnapshotIntents } from '../sync/shareFilter';
import { createSearchIndexer } from './searchIndexer';

/** SHA-256 (hex) of a change's canonical JSON `[origin, seq, hlc, office, operator, entity, recordId, op, body]`. */
export function changeHash(change: Change): string {
  const head = JSON.stringify([
    change.origin,
    change.seq,
    change.hlc,
    change.office,
    change.operator,
    change.entity,
    change.recordId,
    change.op,
  ]);
  return createHash('sha256')
    .update(`${head.slice(0, -1)},${bodyJson(change.body)}]`)
    .digest('hex');
}

/**
 * The bytes a commit's signature covers: `{"firstSeq":…,"hashes":[…],"lastSeq":…,"origin":…}`
 * with the hash of every change from firstSeq to lastSeq in order, withheld ones included.
 * Undefined when the commit does not account for each of its seqs exactly once.
 */
export function commitBytes(commit: Omit<Commit, 'signature'>): Buffer | undefined {
  const count = commit.lastSeq - commit.firstSeq + 1;
  if (
    !Number.isSafeInteger(count) ||
    count < 1 ||
    count !== commit.changes.length + commit.redacted.length
  ) {
    return undefined;
  }
  const hashes = new Array<string | undefined>(count);
  const place = (seq: number, hash: string, origin: string) => {
    const index = seq - commit.firstSeq;
    if (origin !== commit.origin || index < 0 || index >= count || hashes[index] !== undefined)
      return false;
    hashes[index] = hash;
    return true;
  };
  for (const change of commit.changes)
    if (!place(change.seq, changeHash(change), change.origin)) return undefined;
  for (const withheld of commit.redacted)
    if (!place(withheld.seq, withheld.hash, commit.origin)) return undefined;
  return Buffer.from(
    `{"firstSeq":${commit.firstSeq},"hashes":${JSON.stringify(hashes)},"lastSeq":${commit.lastSeq},"origin":${JSON.stringify(commit.origin)}}`,
  );
}

const bodyJsonCache = new WeakMap<ChangeBody, string>();

/** A change body's canonical JSON, computed once per body object. */
export function bodyJson(body: ChangeBody): string {
  let json = bodyJsonCache.get(body);
  if (json === undefined) {
    json = canonicalJson(body);
    bodyJsonCache.set(body, json);
  }
  return json;
}

/** Whether a commit is well formed and signed by the holder of `publicKeyHex`. */
export function verifyCommit(commit: Commit, publicKeyHex: string): boolean {
  const bytes = commitBytes(commit);
  return bytes !== undefined && verifyBytes(publicKeyHex, bytes, commit.signature);
}

interface ChangeRow {
  origin: string;
  seq: number;
  hlc: string;
  office: string;
  operator: string;
  entity: EntityKind;
  record_id: string;
  op: Change['op'];
  body: string;
}

export function changeFromRow(row: ChangeRow): Change {
  return {
    origin: row.origin,
    seq: row.seq,
    hlc: row.hlc,
    office: row.office,
    operator: row.operator,
    entity: row.entity,
    recordId: row.record_id,
    op: row.op,
    body: JSON.parse(row.body) as ChangeBody,
  };
}

/** Result of taking in a commit: the changes that were new, and why any was refused. */
export interface IngestReport {
  changes: Change[];
  refused: Array<{ change: Change; reason: string; detail: string }>;
}

/**
 * Takes changes into the log and applies them. A change already held is skipped, so taking
 * the same commit twice changes nothing. Creating a record replays the edits that arrived
 * before it.
 */
export function createIngest(db: Db) {
  const applier = createApplier(db);
  const searchIndex = createSearchIndexer(db);
  const insert = db.prepare(
    `INSERT INTO changes
       (origin, seq, hlc, office, operator, entity, record_id, op, body, commit_last_seq, status, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const holds = db.prepare('SELECT 1 FROM changes WHERE origin = ? AND seq = ?');
  const setStatus = db.prepare(
    'UPDATE changes SET status = ?, reason = ? WHERE origin = ? AND seq = ?',
  );
  const pendingFor = db.prepare(
    `SELECT origin, seq, hlc, office, operator, entity, record_id, op, body FROM changes
     WHERE record_id = ? AND entity = ? AND status = 'pending'`,
  );
  const markAllPending = db.prepare(
    `UPDATE changes SET status = 'pending', reason = NULL WHERE record_id = ? AND entity = ?`,
  );
  const earliestCreate = db.prepare(
    `SELECT origin, seq, hlc, office, operator, entity, record_id, op, body FROM changes
     WHERE record_id = ? AND entity = ? AND op = 'create' ORDER BY hlc || '|' || origin LIMIT 1`,
  );

  const anyPending = db.prepare(
    "SELECT EXISTS (SELECT 1 FROM changes WHERE status = 'pending') AS any",
  );
  // Whether a change may be waiting for its record: when none is, a create need not look.
  let pendingMaybe = true;
  /** Call at the start of a transaction: learns whether any change is waiting. */
  const beginBatch = () => {
    pendingMaybe = (anyPending.get() as { any: number }).any === 1;
  };

  const reasonOf = (outcome: ApplyOutcome) =>
    outcome.status === 'refused' ? `${outcome.reason}: ${outcome.detail}` : null;

  function replayPending(change: Change, report: IngestReport): void {
    if (!pendingMaybe) return;
    for (const row of pendingFor.all(change.recordId, change.entity) as ChangeRow[]) {
      const waiting = changeFromRow(row);
      const outcome = applier.apply(waiting);
      setStatus.run(outcome.status, reasonOf(outcome), waiting.origin, waiting.seq);
      if (outcome.status === 'refused') {
        report.refused.push({ change: waiting, reason: outcome.reason, detail: outcome.detail });
      }
    }
  }

  /** Derives a record again from its changes, starting from its earliest create. */
  function rebuild(change: Change, report: IngestReport): void {
    pendingMaybe = true;
    applier.forget(change.entity, change.recordId);
    markAllPending.run(change.recordId, change.entity);
    const first = earliestCreate.get(change.recordId, change.entity) as ChangeRow | undefined;
    if (!first) return;
    const create = changeFromRow(first);
    const outcome = applier.apply(create);
    setStatus.run(outcome.status, reasonOf(outcome), create.origin, create.seq);
    replayPending(create, report);
  }

  /** Takes one change in; `undefined` if it was already held. `fresh`: known not to be held. */
  function ingestOne(
    change: Change,
    commitLastSeq: number,
    report: IngestReport,
    fresh = false,
  ): ApplyOutcome | undefined {
    if (!fresh && holds.get(change.origin, change.seq) !== undefined) return undefined;
    const outcome = applier.apply(change);
    searchIndex.touch(change.entity, change.recordId);
    insert.run(
      change.origin,
      change.seq,
      change.hlc,
      change.office,
      change.operator,
      change.entity,
      change.recordId,
      change.op,
      bodyJson(change.body),
      commitLastSeq,
      outcome.status === 'supersedes' ? 'pending' : outcome.status,
      reasonOf(outcome),
    );
    report.changes.push(change);
    if (outcome.status === 'refused') {
      report.refused.push({ change, reason: outcome.reason, detail: outcome.detail });
    }
    if (outcome.status === 'pending') pendingMaybe = true;
    if (outcome.status === 'supersedes') {
      rebuild(change, report);
      return { status: 'applied' };
    }
    if (change.op === 'create' && outcome.status === 'applied') replayPending(change, report);
    return outcome;
  }

  return { ingestOne, beginBatch, applier, searchIndex };
}

/** Told of each commit recorded: `local` (written here) or `remote` (received). */
export type CommitListener = (commit: Commit, source: 'local' | 'remote') => void;

/**
 * How far ahead of this node's clock a received stamp may be. Clocks a day apart still sync;
 * a stamp beyond this (a broken or hostile clock) would drag every node's clock with it.
 */
export const maxClockAheadMs = 2 * 86_400_000;

export interface ChangeLogContext {
  db: Db;
  identity: NodeIdentity;
  hlc: Hlc;
  clock: WallClock;
  officeId: string;
}

/**
 * The one path every local write takes: stamps the intents, signs them as one commit,
 * records and applies them in one transaction. A refused change aborts the whole commit.
 */
export function createChangeLog(context: ChangeLogContext) {
  const { db, identity, hlc, clock, officeId } = context;
  const listeners = new Set<CommitListener>();
  const notify = (commit: Commit, source: 'local' | 'remote') => {
    for (const listener of listeners) listener(commit, source);
  };
  const { ingestOne, beginBatch, searchIndex } = createIngest(db);
  const insertCommit = db.prepare(
    'INSERT INTO commits (origin, last_seq, first_seq, signature, received_at) VALUES (?, ?, ?, ?, ?)',
  );
  const lastSeq = () =>
    (
      db.prepare('SELECT max(seq) AS seq FROM changes WHERE origin = ?').get(identity.nodeId) as {
        seq: number | null;
      }
    ).seq ?? 0;

  const writeTransaction = db.transaction((commit: Commit, receivedAt: number) => {
    beginBatch();
    const report: IngestReport = { changes: [], refused: [] };
    for (const change of commit.changes) {
      const outcome = ingestOne(change, commit.lastSeq, report, true);
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
    insertCommit.run(commit.origin, commit.lastSeq, commit.firstSeq, commit.signature, receivedAt);
    searchIndex.flush();
    return report;
  });

  const officeHasNodes = db.prepare(
    'SELECT 1 FROM nodes WHERE office_id = ? AND deleted = 0 LIMIT 1',
  );
  const nodeById = db.prepare('SELECT office_id, public_key, deleted FROM nodes WHERE id = ?');

  /** The key and office a commit must be signed by: a known node, or one it registers itself. */
  function signerOf(
    commit: Commit,
    direct: boolean,
  ): { officeId: string; publicKey: string; newcomer: boolean } {
    const known = nodeById.get(commit.origin.toLowerCase()) as
      { office_id: string; public_key: string; deleted: number } | undefined;
    // A node record deleted by its office is a revoked key: nothing more is taken from it.
    if (known?.deleted === 1)
      throw new SamanvayError('NODE_REVOKED', undefined, { origin: commit.origin });
    if (known) return { officeId: known.office_id, publicKey: known.public_key, newcomer: false };
    const own = commit.changes.find(
      (change) =>
        change.entity === 'node' &&
        change.op === 'create' &&
        change.recordId === commit.origin.toLowerCase(),
    );
    const fields = own?.body.fields;
    if (typeof fields?.publicKey !== 'string' || fingerprint(fields.publicKey) !== commit.origin) {
      throw new SamanvayError('UNKNOWN_NODE', undefined, { origin: commit.origin });
    }
    const officeId = String(fields.officeId);
    // A node registering itself is taken at its word only when it is the paired peer on the
    // line (its fingerprint checked by the operator), or as the first node of an office not
    // yet known here. A stranger never joins an office this node already knows.
    if (!direct && officeHasNodes.get(officeId) !== undefined) {
      throw new SamanvayError(
        'UNKNOWN_NODE',
        'A new node of a known office must be paired directly.',
        {
          origin: commit.origin,
          officeId,
        },
      );
    }
    return { officeId, publicKey: fields.publicKey, newcomer: true };
  }

  const receiveTransaction = db.transaction((commit: Commit) => {
    beginBatch();
    const report: IngestReport = { changes: [], refused: [] };
    for (const change of commit.changes) {
      hlc.observe(change.hlc);
      ingestOne(change, commit.lastSeq, report);
    }
    db.prepare(
      `INSERT OR IGNORE INTO commits (origin, last_seq, first_seq, signature, redacted, received_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
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
    const changes: Change[] = intents.map((intent, index) => ({
      ...intent,
      origin: identity.nodeId,
      seq: firstSeq + index,
      hlc: hlc.next(),
      office: officeId,
      operator: operatorId,
    }));
    const unsigned = {
      origin: identity.nodeId,
      firstSeq,
      lastSeq: firstSeq + changes.length - 1,
      changes,
      redacted: [],
    };
    const bytes = commitBytes(unsigned);
    if (!bytes) throw new SamanvayError('INTERNAL', 'commit out of sequence');
    const commit: Commit = { ...unsigned, signature: signBytes(identity, bytes) };
    writeTransaction(commit, clock.now());
    notify(commit, 'local');
    return changes;
  }

  return {
    write,
    /**
     * Takes in a commit signed by another node (sync, bundles): checks its shape, signer,
     * office and signature first (BAD_SIGNATURE, UNKNOWN_NODE, NOT_OWNER: nothing applied),
     * then applies each change; changes the merge rules refuse are reported, not applied.
     */
    receive(input: Commit, options: { direct?: boolean } = {}): IngestReport {
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
      const signer = signerOf(commit, options.direct === true);
      const { officeId: signerOffice, publicKey } = signer;
      // Changes in ascending seq; commitBytes checks that they and the redacted hashes
      // account for every seq of the commit exactly once.
      const wellFormed = commit.changes.every(
        (change, index) =>
          change.origin === commit.origin && change.seq > (commit.changes[index - 1]?.seq ?? 0),
      );
      if (!wellFormed || !verifyCommit(commit, publicKey)) {
        throw new SamanvayError('BAD_SIGNATURE', undefined, {
          origin: commit.origin,
          lastSeq: commit.lastSeq,
        });
      }
      if (commit.changes.some((change) => change.office !== signerOffice)) {
        throw new SamanvayError(
          'NOT_OWNER',
          'A change claims an office its node does not belong to.',
          {
            origin: commit.origin,
          },
        );
      }
      const report = receiveTransaction(commit);
      notify(commit, 'remote');
      // A workstation of this office, paired directly, is vouched for: this node's own signed
      // record of its key lets every other office accept it when its changes are relayed.
      if (signer.newcomer && signerOffice === officeId) {
        write(
          [
            {
              entity: 'node',
              recordId: commit.origin.toLowerCase(),
              op: 'create',
              body: { fields: { officeId, publicKey, label: 'workstation (paired)' } },
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
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;
