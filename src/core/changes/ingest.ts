import type { Change, ChangeBody } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import type { Db } from '../db/openDatabase';
import { createApplier } from './applyChange';
import type { ApplyOutcome } from './applyOutcome';
import { bodyJson } from './commitSigning';
import { createFollowNotices } from './followNotices';
import { createSearchIndexer } from './searchIndexer';

/** A row of the `changes` table, as the queries here select it. */
export interface ChangeRow {
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

/** A stored change row as the change it is. */
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
 * before it. `selfNode`: this node's id (an operator is not told of their own edits).
 */
export function createIngest(db: Db, selfNode?: string) {
  const applier = createApplier(db);
  const searchIndex = createSearchIndexer(db);
  const followNotices = createFollowNotices(db, () => selfNode);
  const insert = db.prepare(
    `INSERT INTO changes
       (origin, seq, hlc, office, operator, entity, record_id, op, body, commit_last_seq, status, reason, local)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  const createsInOrder = db.prepare(
    `SELECT origin, seq, hlc, office, operator, entity, record_id, op, body FROM changes
     WHERE record_id = ? AND entity = ? AND op = 'create'
     ORDER BY (entity = 'node' AND lower(origin) = record_id) DESC,
       hlc || '|' || origin`,
  );

  const anyPending = db.prepare(
    "SELECT EXISTS (SELECT 1 FROM changes WHERE status = 'pending') AS any",
  );
  // Whether a change may be waiting for its record: when none is, a create need not look.
  let pendingMaybe = true;
  /** Call at the start of a transaction: learns whether any change is waiting. */
  const beginBatch = () => {
    pendingMaybe = (anyPending.get() as { any: number }).any === 1;
    followNotices.beginBatch();
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

  /**
   * Derives a record again from its changes, starting from its earliest create that is not
   * refused (for a node record, its own signed create comes first: no other node can override
   * it). A refused create earlier than the rest (another office's, say) makes nothing, so the
   * next one makes the record, and no later create can supersede it while it is replayed.
   */
  function rebuild(change: Change, report: IngestReport): void {
    pendingMaybe = true;
    applier.forget(change.entity, change.recordId);
    markAllPending.run(change.recordId, change.entity);
    for (const row of createsInOrder.all(change.recordId, change.entity) as ChangeRow[]) {
      const create = changeFromRow(row);
      const outcome = applier.apply(create);
      // With no record yet, a create is applied or refused: nothing for it to wait on or supersede.
      if (outcome.status !== 'applied' && outcome.status !== 'refused')
        throw new Error(`a create made nothing to rebuild from (${outcome.status})`);
      setStatus.run(outcome.status, reasonOf(outcome), create.origin, create.seq);
      if (outcome.status === 'refused') continue;
      replayPending(create, report);
      return;
    }
  }

  /**
   * Takes one change in; `undefined` if it was already held. `fresh`: known not to be held.
   * `local`: the change may not leave this node (decided by its origin when it was written).
   */
  function ingestOne(
    change: Change,
    commitLastSeq: number,
    report: IngestReport,
    fresh = false,
    local: (change: Change) => boolean = () => false,
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
      local(change) ? 1 : 0,
    );
    report.changes.push(change);
    followNotices.record(change, outcome);
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
