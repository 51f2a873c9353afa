import type { Change } from '../../shared/domain/change';
import type { Db } from '../db/openDatabase';
import type { ApplyOutcome } from './applyOutcome';
import { stampWall } from './hlc';

/** The suspect dossiers a change touches: the dossier itself, a note on it, a link or log entry naming it. */
export function dossiersTouched(change: Change): string[] {
  const fields = change.body.fields ?? {};
  switch (change.entity) {
    case 'suspect':
      return [change.recordId];
    case 'note':
      return fields.targetEntity === 'suspect' && typeof fields.targetId === 'string'
        ? [fields.targetId]
        : [];
    case 'link':
      return [fields.fromId, fields.toId].filter((id): id is string => typeof id === 'string');
    case 'log':
      return change.op === 'create' && Array.isArray(fields.suspectIds)
        ? fields.suspectIds.filter((id): id is string => typeof id === 'string')
        : [];
    default:
      return [];
  }
}

/** What a change did, in field names the UI words ("status", "aliases", "same_person" …). */
function changedFields(change: Change): string[] {
  if (change.entity === 'link') {
    const role = change.body.fields?.role;
    return typeof role === 'string' ? [role] : [];
  }
  if (change.entity === 'suspect' && (change.op === 'add' || change.op === 'remove'))
    return change.body.field ? [change.body.field] : [];
  if (change.entity === 'suspect' && change.op === 'update')
    return Object.keys(change.body.fields ?? {});
  return [];
}

/**
 * Leaves a notice for every operator of this node who follows a dossier a change touches,
 * whether the change was written here or received (the change path calls it for each change
 * it takes in). An operator is not told of their own edits made on this node. Refused
 * changes tell nobody. A change taken in twice leaves one notice.
 */
export function createFollowNotices(db: Db, selfNode: () => string | undefined) {
  const followers = db.prepare('SELECT operator_id FROM follows WHERE record_id = ?').pluck();
  const anyFollow = db.prepare('SELECT EXISTS (SELECT 1 FROM follows)').pluck();
  const insert = db.prepare(
    `INSERT OR IGNORE INTO follow_notices
       (operator_id, record_id, origin, seq, office_id, entity, op, fields, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Checked once per batch: a node nobody follows anything on pays one query per commit.
  let followsMaybe = true;
  return {
    /** Call at the start of a transaction. */
    beginBatch(): void {
      followsMaybe = anyFollow.get() === 1;
    },
    /** Records the notices one change leaves. */
    record(change: Change, outcome: ApplyOutcome | undefined): void {
      if (!followsMaybe || outcome === undefined || outcome.status === 'refused') return;
      const ids = dossiersTouched(change);
      if (ids.length === 0) return;
      const own = change.origin === selfNode();
      for (const id of new Set(ids)) {
        for (const operator of followers.all(id) as string[]) {
          if (own && operator === change.operator) continue;
          insert.run(
            operator,
            id,
            change.origin,
            change.seq,
            change.office,
            change.entity,
            change.op,
            JSON.stringify(changedFields(change)),
            stampWall(change.hlc),
          );
        }
      }
    },
  };
}
