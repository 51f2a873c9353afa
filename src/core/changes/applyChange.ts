import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Change } from '../../shared/domain/change';
import type { ErrorCode } from '../../shared/errors';
import { officeOfRecordId } from '../../shared/domain/ids';
import { schemas } from '../../shared/domain/records';
import { fingerprint } from '../identity/nodeIdentity';
import type { Db } from '../db/openDatabase';
import { entities, toColumnValue, type ColumnKind, type EntityDefinition } from './entities';
import type { ApplyOutcome } from './applyOutcome';
import { canonicalJson } from './canonicalJson';
import { orderKey, stampWall } from './hlc';
import { applyLinkChange } from './applyLinkChange';
import { applySetChange, type Prepare } from './applySetChange';
import { createCaseCounters } from './caseCounters';

interface RecordHead {
  office_id: string;
  created_stamp: string;
  clock: string;
}

const applied: ApplyOutcome = { status: 'applied' };
const pending: ApplyOutcome = { status: 'pending' };

function refused(reason: ErrorCode, detail: string): ApplyOutcome {
  return { status: 'refused', reason, detail };
}

/**
 * How a create of a node record stands against the one that made the record. A node's own
 * signed create (its origin is the node) outranks any other node's create of it (a vouch),
 * whatever the stamps: so no other office can take a node record over, even back-dated.
 */
function nodeCreateRank(
  change: Change,
  existing: RecordHead,
): 'self-over-vouch' | 'vouch-under-self' | 'same' {
  const bySelf = change.origin.toLowerCase() === change.recordId;
  const existingBySelf =
    existing.created_stamp.slice(existing.created_stamp.indexOf('|') + 1).toLowerCase() ===
    change.recordId;
  if (bySelf === existingBySelf) return 'same';
  return bySelf ? 'self-over-vouch' : 'vouch-under-self';
}

/**
 * Applies changes to the tables the UI reads. The result depends only on the set of changes
 * applied, never their order: fields are last-writer-wins by `orderKey`, sets are add-wins,
 * deletion is a final tombstone, and an edit that arrives before its record's creation waits
 * (`pending`) until the creation arrives and is then replayed.
 */
export function createApplier(db: Db) {
  const caseCounters = createCaseCounters(db);
  const statements = new Map<string, Statement>();
  const prepare: Prepare = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const inserts = new Map<
    EntityDefinition,
    { statement: Statement; fields: Array<[string, ColumnKind]> }
  >();
  /** The insert of a new row of an entity, built once: its fields, then the bookkeeping columns. */
  const insertFor = (definition: EntityDefinition) => {
    let insert = inserts.get(definition);
    if (!insert) {
      const fields = Object.entries(definition.columns).map(
        ([name, column]) => [name, column.kind] as [string, ColumnKind],
      );
      const columns = Object.values(definition.columns).map((column) => column.column);
      columns.push('id', 'office_id', 'created_stamp');
      if (definition.tracksCreation) columns.push('created_at');
      if (definition.tracksUpdates) columns.push('updated_at', 'last_change');
      if (definition.tracksOperator) columns.push('operator_id');
      const sql = `INSERT INTO ${definition.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      insert = { statement: db.prepare(sql), fields };
      inserts.set(definition, insert);
    }
    return insert;
  };

  const head = (definition: EntityDefinition, id: string) =>
    prepare(`SELECT office_id, created_stamp, clock FROM ${definition.table} WHERE id = ?`).get(
      id,
    ) as RecordHead | undefined;

  function create(change: Change, definition: EntityDefinition): ApplyOutcome {
    const parsed = definition.createSchema.safeParse({
      ...definition.createDefaults,
      ...change.body.fields,
    });
    if (!parsed.success)
      return refused('INVALID_INPUT', parsed.error.issues[0]?.path.join('.') ?? '');
    if (change.entity === 'office' && change.recordId !== change.office) {
      return refused('NOT_OWNER', 'an office is created only by its own nodes');
    }
    if (change.entity === 'node') {
      if (parsed.data.officeId !== change.office) {
        return refused('NOT_OWNER', 'a node is registered only by its own office');
      }
      if (change.recordId !== fingerprint(String(parsed.data.publicKey)).toLowerCase()) {
        return refused('INVALID_INPUT', 'a node record is named by its key');
      }
    } else if (change.entity !== 'office' && officeOfRecordId(change.recordId) !== change.office) {
      // Ids carry their creator's office: no other office can create (or re-create) them.
      return refused('NOT_OWNER', 'the record id names another office');
    }
    // Only the office that issued a lookout answers its hits: the lookout id names that office.
    if (
      change.entity === 'hitReply' &&
      officeOfRecordId(String(parsed.data.lookoutId)) !== change.office
    ) {
      return refused('NOT_OWNER', 'only the issuing office replies to a hit on its lookout');
    }
    // A reply answers a hit on that lookout and record only. (A hit not held yet is judged when
    // read: the screens count a reply only where hit, lookout and record all agree.)
    if (change.entity === 'hitReply') {
      const hit = prepare('SELECT lookout_id, match_id FROM hits WHERE id = ?').get(
        String(parsed.data.hitId),
      ) as { lookout_id: string; match_id: string } | undefined;
      if (
        hit &&
        (hit.lookout_id !== parsed.data.lookoutId || hit.match_id !== parsed.data.matchId)
      ) {
        return refused('NOT_OWNER', 'the reply names a hit on another lookout or record');
      }
    }
    const existing = head(definition, change.recordId);
    if (existing) {
      const key = orderKey(change);
      if (existing.created_stamp === key) return applied;
      if (change.entity === 'node') {
        const rank = nodeCreateRank(change, existing);
        if (rank === 'self-over-vouch') return { status: 'supersedes' };
        if (rank === 'vouch-under-self') {
          return existing.office_id === change.office
            ? update({ ...change, op: 'update' }, definition)
            : refused('NOT_OWNER', 'a node record is settled by the node’s own signed create');
        }
      }
      // The same id created twice: the earliest create makes the record; a later one from the
      // same office merges as an edit (an office registered by two of its nodes), any other
      // is refused. So the outcome does not depend on which create arrived first.
      if (key < existing.created_stamp) return { status: 'supersedes' };
      return update({ ...change, op: 'update' }, definition);
    }
    const { statement, fields } = insertFor(definition);
    const key = orderKey(change);
    const values: Array<string | number | null> = fields.map(([name, kind]) =>
      toColumnValue(kind, parsed.data[name]),
    );
    const wall = stampWall(change.hlc);
    values.push(change.recordId, change.office, key);
    if (definition.tracksCreation) values.push(wall);
    if (definition.tracksUpdates) values.push(wall, `${key}|${change.office}`);
    if (definition.tracksOperator) values.push(change.operator);
    statement.run(values);
    if (change.entity === 'case') caseCounters.inserted(change.recordId);
    return applied;
  }

  function update(change: Change, definition: EntityDefinition): ApplyOutcome {
    if (definition.appendOnly) return refused('APPEND_ONLY', change.entity);
    const record = head(definition, change.recordId);
    if (!record) return pending;
    if (record.office_id !== change.office) return refused('NOT_OWNER', change.recordId);
    const parsed = definition.updateSchema.safeParse(change.body.fields ?? {});
    if (!parsed.success)
      return refused('INVALID_INPUT', parsed.error.issues[0]?.path.join('.') ?? '');
    if (definition.fixedFields.some((name) => name in parsed.data)) {
      const current = prepare(`SELECT * FROM ${definition.table} WHERE id = ?`).get(
        change.recordId,
      ) as Record<string, unknown>;
      const moved = definition.fixedFields.some((name) => {
        const column = definition.columns[name];
        return column && name in parsed.data && current[column.column] !== parsed.data[name];
      });
      if (moved)
        return refused('INVALID_INPUT', `${definition.fixedFields.join(', ')} cannot change`);
    }
    const clock = JSON.parse(record.clock) as Record<string, string>;
    const key = orderKey(change);
    const assignments: string[] = [];
    const values: Array<string | number | null> = [];
    for (const [name, value] of Object.entries(parsed.data)) {
      const column = definition.columns[name];
      if (!column) continue;
      if ((clock[name] ?? record.created_stamp) >= key) continue;
      clock[name] = key;
      assignments.push(`${column.column} = ?`);
      values.push(toColumnValue(column.kind, value));
    }
    assignments.push('clock = ?');
    values.push(canonicalJson(clock));
    if (definition.tracksUpdates) {
      assignments.push('updated_at = max(updated_at, ?)', 'last_change = max(last_change, ?)');
      values.push(stampWall(change.hlc), `${key}|${change.office}`);
    }
    prepare(`UPDATE ${definition.table} SET ${assignments.join(', ')} WHERE id = ?`).run(
      ...values,
      change.recordId,
    );
    return applied;
  }

  function remove(change: Change, definition: EntityDefinition): ApplyOutcome {
    const record = head(definition, change.recordId);
    if (!record) return pending;
    if (record.office_id !== change.office) return refused('NOT_OWNER', change.recordId);
    if (definition.appendOnly) return refused('APPEND_ONLY', change.entity);
    prepare(`UPDATE ${definition.table} SET deleted = 1 WHERE id = ?`).run(change.recordId);
    return applied;
  }

  function setChange(change: Change, definition: EntityDefinition): ApplyOutcome {
    const field = change.body.field ?? '';
    const elementSchema = definition.sets[field];
    if (!elementSchema) return refused('INVALID_INPUT', `${change.entity}.${field} is not a set`);
    const record = head(definition, change.recordId);
    if (!record) return pending;
    if (record.office_id !== change.office && !definition.openSets.includes(field)) {
      return refused('NOT_OWNER', change.recordId);
    }
    const value = change.body.value ?? '';
    // An office withdraws only its own acknowledgement (the element is its office id).
    if (
      change.op === 'remove' &&
      definition.openSets.includes(field) &&
      record.office_id !== change.office &&
      value !== change.office
    ) {
      return refused('NOT_OWNER', `${change.entity}.${field}`);
    }
    // An office closes a request only for itself: the element of `closes` is its own office id.
    if (change.op === 'add' && field === 'closes' && value !== change.office) {
      return refused('NOT_OWNER', `${change.entity}.${field}`);
    }
    if (change.op === 'add' && !elementSchema.safeParse(value).success) {
      return refused('INVALID_INPUT', `${change.entity}.${field}`);
    }
    applySetChange(prepare, change);
    return applied;
  }

  function apply(change: Change): ApplyOutcome {
    const definition = entities[change.entity];
    if (!definition) return refused('INVALID_INPUT', `unknown entity ${String(change.entity)}`);
    if (!schemas.recordId.safeParse(change.recordId).success)
      return refused('INVALID_INPUT', 'record id');
    if (change.entity === 'link') return applyLinkChange(prepare, change);
    switch (change.op) {
      case 'create':
        return create(change, definition);
      case 'update':
        return update(change, definition);
      case 'delete':
        return remove(change, definition);
      case 'add':
      case 'remove':
        return setChange(change, definition);
      default:
        return refused('INVALID_INPUT', `unknown operation ${String(change.op)}`);
    }
  }

  /** Forgets a record's derived rows so its changes can be applied again from the log. */
  function forget(entity: Change['entity'], recordId: string): void {
    const definition = entities[entity];
    prepare(`DELETE FROM ${definition.table} WHERE id = ?`).run(recordId);
    prepare('DELETE FROM set_elements WHERE entity = ? AND record_id = ?').run(entity, recordId);
  }

  return { apply, forget };
}

export type Applier = ReturnType<typeof createApplier>;
