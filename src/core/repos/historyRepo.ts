import type { CrimeHead } from '../../shared/domain/crimeHeads';
import type { HistoryEntry, LinkedCase, NoteView } from '../../shared/api/views';
import type { CaseLane, EntityKind } from '../../shared/domain/enums';
import type { ChangeBody } from '../../shared/domain/change';
import type { ReadDb } from '../db/openDatabase';
import { stampWall } from '../changes/hlc';
import { operatorNames } from './changeMarks';

/** Every change of a record, oldest first, attributed to office and operator. */
export function recordHistory(db: ReadDb, entity: EntityKind, recordId: string): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT origin, seq, hlc, office, operator, op, body, status FROM changes
       WHERE entity = ? AND record_id = ? ORDER BY hlc, origin`,
    )
    .all(entity, recordId) as Array<{
    origin: string;
    seq: number;
    hlc: string;
    office: string;
    operator: string;
    op: HistoryEntry['op'];
    body: string;
    status: HistoryEntry['status'];
  }>;
  const names = operatorNames(
    db,
    rows.map((row) => row.operator),
  );
  return rows.map((row) => {
    const body = JSON.parse(row.body) as ChangeBody;
    const fields = body.fields ?? (body.field ? { [body.field]: body.value } : {});
    return {
      origin: row.origin,
      seq: row.seq,
      at: stampWall(row.hlc),
      officeId: row.office,
      operatorName: names.get(row.operator) ?? '',
      op: row.op,
      fields,
      status: row.status,
    };
  });
}

/** Notes on a record from any office, oldest first. */
export function notesOf(db: ReadDb, targetId: string): NoteView[] {
  const rows = db
    .prepare(
      `SELECT id, office_id, operator_id, text, created_at FROM notes
       WHERE target_id = ? AND deleted = 0 ORDER BY created_at, id`,
    )
    .all(targetId) as Array<{
    id: string;
    office_id: string;
    operator_id: string;
    text: string;
    created_at: number;
  }>;
  const names = operatorNames(
    db,
    rows.map((row) => row.operator_id),
  );
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    operatorName: names.get(row.operator_id) ?? '',
    text: row.text,
    createdAt: row.created_at,
  }));
}

/** Cases linked to a record: a suspect's cases, or a case's related cases. */
export function linkedCases(
  db: ReadDb,
  recordId: string,
  kind: 'suspect_case' | 'case_case',
): LinkedCase[] {
  const sql =
    kind === 'suspect_case'
      ? `SELECT c.*, l.role FROM links l JOIN cases c ON c.id = l.to_id
         WHERE l.kind = 'suspect_case' AND l.present = 1 AND l.from_id = @id AND c.deleted = 0`
      : `SELECT c.*, l.role FROM links l JOIN cases c ON c.id = CASE WHEN l.from_id = @id THEN l.to_id ELSE l.from_id END
         WHERE l.kind = 'case_case' AND l.present = 1 AND (l.from_id = @id OR l.to_id = @id) AND c.deleted = 0`;
  const rows = db.prepare(sql).all({ id: recordId }) as Array<{
    id: string;
    fir_number: string;
    fir_year: number;
    police_station: string;
    crime_head: CrimeHead;
    lane: CaseLane;
    office_id: string;
    role: string;
  }>;
  return rows.map((row) => ({
    id: row.id,
    firNumber: row.fir_number,
    firYear: row.fir_year,
    policeStation: row.police_station,
    crimeHead: row.crime_head,
    lane: row.lane,
    officeId: row.office_id,
    role: row.role,
  }));
}
