import type { CrimeHead } from '../../shared/domain/crimeHeads';
import type { CaseCard, CaseDetail } from '../../shared/api/views';
import type { CaseLane, Priority } from '../../shared/domain/enums';
import type { CaseFields } from '../../shared/domain/records';
import type { ReadDb } from '../db/openDatabase';
import { fieldsFromRow, readSet } from './recordRows';

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
