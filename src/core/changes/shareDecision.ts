import type { Change, ChangeIntent } from '../../shared/domain/change';
import type { ReadDb } from '../db/openDatabase';
import { entities, fromColumnValue } from './entities';

/**
 * Decides, when a change is written, whether it is local: kept on this node, and withheld
 * (as its hash only, `Commit.redacted`) from every peer. The decision is stored with the
 * change and covered by the commit's signature, so it never changes afterwards and no relay
 * can withhold more than the origin did.
 */
export interface ShareDecision {
  /** Whether `change`, just applied here, is local. */
  isLocal(change: Change): boolean;
}

type Sharing = 'local' | 'network' | undefined;

/**
 * The rule, on the state right after the change is applied: records whose `sharing` is
 * 'local' (cases, suspects) and every change to them (edits, set elements) are local; so is
 * a note on one, a link with a local record at either end (a link would name it), and a log
 * entry that refers to records all of which are local, and a hit on a local record. Turning a record to 'network' later
 * shares only what is written from then on (and the snapshot below), never this history.
 */
export function createShareDecision(db: ReadDb): ShareDecision {
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
    isLocal(change) {
      switch (change.entity) {
        case 'case':
        case 'suspect':
          return sharingOf(change.recordId) === 'local';
        case 'note':
          return isLocal(change.body.fields?.targetId ?? noteTarget.get(change.recordId));
        case 'link': {
          const fields = change.body.fields;
          const row = linkEnds.get(change.recordId) as
            { from_id: string; to_id: string } | undefined;
          return isLocal(fields?.fromId ?? row?.from_id) || isLocal(fields?.toId ?? row?.to_id);
        }
        case 'log':
          return logIsLocal(change);
        case 'hit':
        case 'hitReply':
          // A hit names the record it matched: on a local record it stays home too.
          return isLocal(change.body.fields?.matchId);
        default:
          return false;
      }
    },
  };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * When an edit turns a local record to 'network', peers have only hashes of its history, so
 * they could not build it. The write path then adds, in the same commit, a snapshot of its
 * current state as new changes: a `create` with every field as it will be, and an `add` for
 * each set element. On this node the create merges as an edit; on a peer it creates the
 * record. Its local history, and notes and links made while it was local, stay home.
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
