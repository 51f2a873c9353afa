import type { CrimeHead } from '../../shared/domain/crimeHeads';
import type { CaseCard, CaseDetail, CasePage } from '../../shared/api/views';
import type { CaseLane, Priority } from '../../shared/domain/enums';
import type { CaseFields } from '../../shared/domain/records';
import type { ReadDb } from '../db/openDatabase';
import { caseWhere } from './caseQuery';
import { fieldsFromRow, readSet } from './recordRows';

export interface CaseFilter {
  lane?: CaseLane | undefined;
  officeId?: string | undefined;
  priority?: Priority | undefined;
  text?: string | undefined;
  offset: number;
  limit: number;
}

/** A case row as the card queries select it. */
export interface CaseCardRow {
  id: string;
  office_id: string;
  police_station: string;
  fir_number: string;
  fir_year: number;
  crime_head: CrimeHead;
  occurred_at: number;
  property_value: number;
  lane: CaseLane;
  priority: Priority;
  sharing: CaseCard['sharing'];
  updated_at: number;
  suspect_count: number;
}

/** The card of a case row. */
export function cardFromRow(row: CaseCardRow): CaseCard {
  return {
    id: row.id,
    officeId: row.office_id,
    policeStation: row.police_station,
    firNumber: row.fir_number,
    firYear: row.fir_year,
    crimeHead: row.crime_head,
    occurredAt: row.occurred_at,
    propertyValue: row.property_value,
    lane: row.lane,
    priority: row.priority,
    sharing: row.sharing,
    updatedAt: row.updated_at,
    suspectCount: row.suspect_count,
  };
}

/** One page of case cards, newest change first, with the total that match. */
export function listCases(db: ReadDb, filter: CaseFilter): CasePage {
  const where = caseWhere(filter);
  const params = [...where.params];
  let clause = where.clause;
  if (filter.lane) {
    clause += ' AND c.lane = ?';
    params.push(filter.lane);
  }
  const total = (
    db.prepare(`SELECT count(*) AS total FROM cases c WHERE ${clause}`).get(...params) as {
      total: number;
    }
  ).total;
  const rows = db
    .prepare(
      `SELECT c.id, c.office_id, c.police_station, c.fir_number, c.fir_year, c.crime_head, c.occurred_at,
              c.property_value, c.lane, c.priority, c.sharing, c.updated_at,
              (SELECT count(*) FROM links l WHERE l.to_id = c.id AND l.kind = 'suspect_case' AND l.present = 1)
                AS suspect_count
       FROM cases c WHERE ${clause}
       ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit, filter.offset) as CaseCardRow[];
  return { total, items: rows.map(cardFromRow) };
}

interface CaseRow extends Record<string, unknown> {
  id: string;
  office_id: string;
  created_at: number;
  updated_at: number;
  deleted: number;
}

/** A case with all its fields and sets; `undefined` if unknown or deleted. */
export function getCase(db: ReadDb, id: string, viewerOfficeId: string): CaseDetail | undefined {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row || row.deleted) return undefined;
  return {
    ...(fieldsFromRow('case', row) as CaseFields),
    id: row.id,
    officeId: row.office_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    vehicles: readSet(db, 'case', id, 'vehicles'),
    tags: readSet(db, 'case', id, 'tags'),
    canEdit: row.office_id === viewerOfficeId,
  };
}
