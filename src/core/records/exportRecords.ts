import type { EntityKind } from '../../shared/domain/enums';
import { entities } from '../changes/entities';
import type { ReadDb } from '../db/openDatabase';
import { fieldsFromRow } from '../repos/recordRows';
import { recordsFormat } from './recordFormat';

type SetsByRecord = Map<string, Record<string, string[]>>;

/** Every present set element of an entity kind, grouped by record then field. */
function allSets(db: ReadDb, entity: EntityKind): SetsByRecord {
  const rows = db
    .prepare(
      `SELECT DISTINCT record_id, field, value FROM set_elements
       WHERE entity = ? AND removed = 0 ORDER BY record_id, field, value`,
    )
    .iterate(entity) as IterableIterator<{ record_id: string; field: string; value: string }>;
  const byRecord: SetsByRecord = new Map();
  for (const row of rows) {
    const sets = byRecord.get(row.record_id) ?? {};
    (sets[row.field] ??= []).push(row.value);
    byRecord.set(row.record_id, sets);
  }
  return byRecord;
}

function exportEntity(db: ReadDb, entity: EntityKind): Array<Record<string, unknown>> {
  const definition = entities[entity];
  const sets = allSets(db, entity);
  const emptySets = Object.fromEntries(Object.keys(definition.sets).map((field) => [field, []]));
  const rows = db
    .prepare(`SELECT * FROM ${definition.table} WHERE deleted = 0 ORDER BY id`)
    .all() as Array<Record<string, unknown> & { id: string; office_id: string }>;
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    ...fieldsFromRow(entity, row),
    ...emptySets,
    ...sets.get(row.id),
  }));
}

/** All records this node holds, as the JSON records file. */
export function exportRecords(db: ReadDb, source: { nodeId: string; officeId: string }) {
  const links = db
    .prepare(
      'SELECT id, kind, from_id, to_id, role, office_id FROM links WHERE present = 1 ORDER BY id',
    )
    .all() as Array<{
    id: string;
    kind: string;
    from_id: string;
    to_id: string;
    role: string;
    office_id: string;
  }>;
  return {
    format: recordsFormat,
    version: 1,
    exportedAt: new Date().toISOString(),
    nodeId: source.nodeId,
    officeId: source.officeId,
    cases: exportEntity(db, 'case'),
    suspects: exportEntity(db, 'suspect'),
    logEntries: exportEntity(db, 'log'),
    notes: exportEntity(db, 'note'),
    links: links.map((link) => ({
      kind: link.kind,
      fromId: link.from_id,
      toId: link.to_id,
      role: link.role,
      officeId: link.office_id,
    })),
  };
}
