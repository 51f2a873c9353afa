import type { ChangeMark } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';
import { stampWall } from '../changes/hlc';

/**
 * The latest change of a record (`stamp|origin|office`, kept in `last_change`) read as who
 * changed it last, and whether another office did so after this operator last opened it.
 */
export function changeMark(
  lastChange: string,
  createdAt: number,
  seenAt: number | undefined,
  viewerOfficeId: string,
): ChangeMark {
  const office = lastChange.slice(lastChange.lastIndexOf('|') + 1);
  const updatedAt = lastChange === '' ? createdAt : stampWall(lastChange);
  const since = Math.max(seenAt ?? 0, createdAt);
  return {
    updatedAt,
    updatedByOffice: office,
    updatedByOther: office !== '' && office !== viewerOfficeId && updatedAt > since,
  };
}

/** When the operator last opened each of these records. */
export function seenTimes(db: ReadDb, operatorId: string, ids: string[]): Map<string, number> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT record_id, seen_at FROM record_seen
       WHERE operator_id = ? AND record_id IN (SELECT value FROM json_each(?))`,
    )
    .all(operatorId, JSON.stringify(ids)) as Array<{ record_id: string; seen_at: number }>;
  return new Map(rows.map((row) => [row.record_id, row.seen_at]));
}

/** Operator names by id, for attributing changes, notes and log entries. */
export function operatorNames(db: ReadDb, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT id, name, rank FROM operators WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...new Set(ids)])) as Array<{ id: string; name: string; rank: string }>;
  return new Map(rows.map((row) => [row.id, row.rank ? `${row.rank} ${row.name}` : row.name]));
}
