import type { Change, ChangeIntent } from '../../shared/domain/change';
import type { ReadDb } from '../db/openDatabase';
import { entities, fromColumnValue } from '../changes/entities';

/**
 * Decides, per change and per peer, whether a change may leave this node. A change that may
 * not travels as its hash only (`Commit.redacted`), so the commit still verifies.
 * Per-peer rules (the security issue) plug in here: `peer` is the receiving node's id.
 */
export interface ShareFilter {
  mayLeave(change: Change, peer: string): boolean;
}

type Sharing = 'local' | 'network' | undefined;

/**
 * Today's rule: records whose `sharing` is 'local' (cases, suspects) never leave, nor does any
 * change to them (edits, set elements); nor a note on one, a link with a local record at
 * either end (a link would name it), or a log entry that refers to records all of which
 * are local. A change about a record this node does not hold (relayed) is passed on as is.
 * The current state decides, so once a record turns to 'network' its later changes leave.
 */
export function createShareFilter(db: ReadDb): ShareFilter {
  const caseSharing = db.prepare('SELECT sharing FROM cases WHERE id = ?').pluck();
  const suspectSharing = db.prepare('SELECT sharing FROM suspects WHERE id = ?').pluck();
  const sharingOf = (id: string): Sharing =>
    (caseSharing.get(id) as Sharing) ?? (suspectSharing.get(id) as Sharing);
  const isLocal = (id: unknown) => typeof id === 'string' && sharingOf(id) === 'local';
  const logRefs = db.prepare('SELECT case_ids, suspect_ids FROM log_entries WHERE id = ?');
  const noteTarget = db.prepare('SELECT target_id FROM notes WHERE id = ?').pluck();
  const linkEnds = db.prepare('SELECT from_id, to_id FROM links WHERE id = ?');

  function logIsLocal(change: Change): boolean {
    let ids: unknown[] = [];
    const fields = change.body.fields;
    if (fields) {
      ids = [...asArray(fields.caseIds), ...asArray(fields.suspectIds)];
    } else {
      const row = logRefs.get(change.recordId) as
        { case_ids: string; suspect_ids: string } | undefined;
      if (row)
        ids = [...asArray(JSON.parse(row.case_ids)), ...asArray(JSON.parse(row.suspect_ids))];
    }
    return ids.length > 0 && ids.every(isLocal);
  }

  return {
    mayLeave(change) {
      switch (change.entity) {
        case 'case':
        case 'suspect':
          return sharingOf(change.recordId) !== 'local';
        case 'note':
          return !isLocal(change.body.fields?.targetId ?? noteTarget.get(change.recordId));
        case 'link': {
          const fields = change.body.fields;
          const row = linkEnds.get(change.recordId) as
            { from_id: string; to_id: string } | undefined;
          return !isLocal(fields?.fromId ?? row?.from_id) && !isLocal(fields?.toId ?? row?.to_id);
        }
        case 'log':
          return !logIsLocal(change);
        default:
          return true;
      }
    },
  };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * When an edit turns a local record to 'network', peers have only hashes of its history, so
 * they could not build it. The write path then adds, in the same commit, a full-state
 * snapshot: a `create` with every field as it will be, and an `add` for each set element.
 * On this node the create merges as an edit; on a peer it creates the record. (Notes and
 * links made while it was local stay unshared.)
 */
export function sharingSnapshotIntents(db: ReadDb, intents: ChangeIntent[]): ChangeIntent[] {
  const snapshots: ChangeIntent[] = [];
  for (const intent of intents) {
    if (intent.entity !== 'case' && intent.entity !== 'suspect') continue;
    if (intent.op !== 'update' || intent.body.fields?.sharing !== 'network') continue;
    const definition = entities[intent.entity];
    const row = db
      .prepare(`SELECT * FROM ${definition.table} WHERE id = ?`)
      .get(intent.recordId) as Record<string, unknown> | undefined;
    if (row?.sharing !== 'local') continue;
    const fields: Record<string, unknown> = {};
    for (const [name, column] of Object.entries(definition.columns)) {
      fields[name] = fromColumnValue(column.kind, row[column.column]);
    }
    snapshots.push({
      entity: intent.entity,
      recordId: intent.recordId,
      op: 'create',
      body: { fields: { ...fields, ...intent.body.fields } },
    });
    const elements = db
      .prepare(
        `SELECT DISTINCT field, value FROM set_elements
         WHERE entity = ? AND record_id = ? AND removed = 0 ORDER BY field, value`,
      )
      .all(intent.entity, intent.recordId) as Array<{ field: string; value: string }>;
    for (const element of elements) {
      snapshots.push({
        entity: intent.entity,
        recordId: intent.recordId,
        op: 'add',
        body: element,
      });
    }
  }
  return snapshots;
}
