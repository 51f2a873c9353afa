import type { EntityKind } from '../../shared/domain/enums';
import type { ReadDb } from '../db/openDatabase';
import { entities, fromColumnValue } from '../changes/entities';

/** The domain fields of a stored row of an entity, mapped back from columns. */
export function fieldsFromRow(
  entity: EntityKind,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const definition = entities[entity];
  return Object.fromEntries(
    Object.entries(definition.columns).map(([field, column]) => [
      field,
      fromColumnValue(column.kind, row[column.column]),
    ]),
  );
}

/** The present elements of a set field, in a stable order. */
export function readSet(db: ReadDb, entity: EntityKind, recordId: string, field: string): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT value FROM set_elements
       WHERE entity = ? AND record_id = ? AND field = ? AND removed = 0 ORDER BY value`,
    )
    .all(entity, recordId, field) as Array<{ value: string }>;
  return rows.map((row) => row.value);
}

/** The add tags of an element still present: what a remove must cancel. */
export function liveTags(
  db: ReadDb,
  entity: EntityKind,
  recordId: string,
  field: string,
  value: string,
): string[] {
  const rows = db
    .prepare(
      `SELECT tag FROM set_elements
       WHERE entity = ? AND record_id = ? AND field = ? AND value = ? AND removed = 0`,
    )
    .all(entity, recordId, field, value) as Array<{ tag: string }>;
  return rows.map((row) => row.tag);
}
