import type { OfficeView, OperatorView } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';

interface OfficeRow {
  id: string;
  name_en: string;
  name_hi: string;
  name_bn: string;
  state: string;
  district: string;
  police_stations: string;
}

function officeFromRow(row: OfficeRow): OfficeView {
  return {
    id: row.id,
    nameEn: row.name_en,
    nameHi: row.name_hi,
    nameBn: row.name_bn,
    state: row.state,
    district: row.district,
    policeStations: JSON.parse(row.police_stations) as string[],
  };
}

const officeColumns = 'id, name_en, name_hi, name_bn, state, district, police_stations';

export function listOffices(db: ReadDb): OfficeView[] {
  const rows = db
    .prepare(`SELECT ${officeColumns} FROM offices WHERE deleted = 0 ORDER BY name_en`)
    .all();
  return (rows as OfficeRow[]).map(officeFromRow);
}

export function getOffice(db: ReadDb, id: string): OfficeView | undefined {
  const row = db.prepare(`SELECT ${officeColumns} FROM offices WHERE id = ?`).get(id) as
    OfficeRow | undefined;
  return row ? officeFromRow(row) : undefined;
}

interface OperatorRow {
  id: string;
  name: string;
  rank: string;
  office_id: string;
}

function operatorFromRow(row: OperatorRow): OperatorView {
  return { id: row.id, name: row.name, rank: row.rank, officeId: row.office_id };
}

export function listOperators(db: ReadDb, officeId: string): OperatorView[] {
  const rows = db
    .prepare(
      'SELECT id, name, rank, office_id FROM operators WHERE office_id = ? AND deleted = 0 ORDER BY name',
    )
    .all(officeId);
  return (rows as OperatorRow[]).map(operatorFromRow);
}

export function getOperator(db: ReadDb, id: string): OperatorView | undefined {
  const row = db.prepare('SELECT id, name, rank, office_id FROM operators WHERE id = ?').get(id) as
    OperatorRow | undefined;
  return row ? operatorFromRow(row) : undefined;
}
