import type { SuspectFilterInput } from '../../shared/api/screensContract';
import type {
  SuspectCard,
  SuspectFullDetail,
  SuspectPage,
  SuspectThumb,
} from '../../shared/api/views';
import { legacySuspectStatuses, type SuspectStatus } from '../../shared/domain/enums';
import { suspectExtraSets, type SuspectExtraSetValues } from '../../shared/domain/recordExtras';
import type { SuspectFields } from '../../shared/domain/records';
import type { ReadDb } from '../db/openDatabase';
import { likePattern } from './caseQuery';
import { changeMark, seenTimes } from './changeMarks';
import { linkedCases, notesOf, recordHistory } from './historyRepo';
import { fieldsFromRow, readSet } from './recordRows';

export interface Viewer {
  officeId: string;
  operatorId: string;
}

interface CardRow {
  id: string;
  office_id: string;
  name: string;
  age: number | null;
  status: SuspectStatus;
  gang: string;
  primary_photo: string | null;
  created_at: number;
  last_change: string;
  case_count: number;
}

const cardSelect = `SELECT s.id, s.office_id, s.name, s.age, s.status, s.gang, s.primary_photo, s.created_at,
  s.last_change, (SELECT count(*) FROM links l WHERE l.from_id = s.id AND l.kind = 'suspect_case' AND l.present = 1)
  AS case_count FROM suspects s`;

/** Suspect cards for rows, with their other names and change marks. */
export function suspectCards(db: ReadDb, rows: CardRow[], viewer: Viewer): SuspectCard[] {
  const ids = rows.map((row) => row.id);
  const seen = seenTimes(db, viewer.operatorId, ids);
  const otherNames = new Map<string, string[]>();
  if (ids.length > 0) {
    const names = db
      .prepare(
        `SELECT DISTINCT record_id, value FROM set_elements WHERE entity = 'suspect' AND field = 'otherNames'
         AND removed = 0 AND record_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Array<{ record_id: string; value: string }>;
    for (const row of names)
      otherNames.set(row.record_id, [...(otherNames.get(row.record_id) ?? []), row.value]);
  }
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    name: row.name,
    otherNames: otherNames.get(row.id) ?? [],
    age: row.age,
    status: row.status,
    gang: row.gang,
    primaryPhoto: row.primary_photo,
    caseCount: row.case_count,
    ...changeMark(row.last_change, row.created_at, seen.get(row.id), viewer.officeId),
  }));
}

/** A page of the gallery, most recently changed first. */
export function listSuspects(
  db: ReadDb,
  filter: SuspectFilterInput & { offset: number; limit: number },
  viewer: Viewer,
): SuspectPage {
  const where = ['s.deleted = 0'];
  const params: Array<string | number> = [];
  for (const [column, value] of [
    ['s.status', filter.status],
    ['s.office_id', filter.officeId],
    ['s.gang', filter.gang],
  ] as const) {
    if (value) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  if (filter.mo) {
    where.push("s.mo LIKE ? ESCAPE '\\'");
    params.push(likePattern(filter.mo));
  }
  if (filter.hasPhoto !== undefined)
    where.push(`s.primary_photo IS ${filter.hasPhoto ? 'NOT ' : ''}NULL`);
  if (filter.text) {
    const pattern = likePattern(filter.text);
    where.push(`(s.name LIKE ? ESCAPE '\\' OR s.father_name LIKE ? ESCAPE '\\' OR EXISTS (
      SELECT 1 FROM set_elements e WHERE e.entity = 'suspect' AND e.record_id = s.id AND e.removed = 0
        AND e.field IN ('otherNames', 'aliases', 'phones', 'vehicles') AND e.value LIKE ? ESCAPE '\\'))`);
    params.push(pattern, pattern, pattern);
  }
  const clause = where.join(' AND ');
  const total = (
    db.prepare(`SELECT count(*) AS n FROM suspects s WHERE ${clause}`).get(...params) as {
      n: number;
    }
  ).n;
  const rows = db
    .prepare(`${cardSelect} WHERE ${clause} ORDER BY s.updated_at DESC, s.id LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as CardRow[];
  return { total, items: suspectCards(db, rows, viewer) };
}

/** Suspects by id as cards (for matches), in no particular order. */
export function suspectCardsById(db: ReadDb, ids: string[], viewer: Viewer): SuspectCard[] {
  const rows = db
    .prepare(`${cardSelect} WHERE s.deleted = 0 AND s.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as CardRow[];
  return suspectCards(db, rows, viewer);
}

function associatesOf(db: ReadDb, id: string): SuspectThumb[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.primary_photo, l.role FROM links l
       JOIN suspects s ON s.id = CASE WHEN l.from_id = @id THEN l.to_id ELSE l.from_id END
       WHERE l.kind = 'suspect_suspect' AND l.present = 1 AND (l.from_id = @id OR l.to_id = @id) AND s.deleted = 0
         AND l.role <> 'not_same_person'`,
    )
    .all({ id }) as Array<{ id: string; name: string; primary_photo: string | null; role: string }>;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    photo: row.primary_photo,
    role: row.role,
  }));
}

/** A whole dossier, or undefined if unknown or deleted. */
export function suspectDetail(
  db: ReadDb,
  id: string,
  viewer: Viewer,
): SuspectFullDetail | undefined {
  const row = db.prepare('SELECT * FROM suspects WHERE id = ?').get(id) as
    | (Record<string, unknown> & {
        office_id: string;
        created_at: number;
        last_change: string;
        deleted: number;
      })
    | undefined;
  if (!row || row.deleted) return undefined;
  const history = recordHistory(db, 'suspect', id);
  const statusHistory = history
    .filter((entry) => entry.status === 'applied' && typeof entry.fields.status === 'string')
    .map((entry) => ({
      status: (legacySuspectStatuses[entry.fields.status as string] ??
        entry.fields.status) as SuspectStatus,
      at: entry.at,
      officeId: entry.officeId,
      date: typeof entry.fields.statusDate === 'string' ? entry.fields.statusDate : null,
      source: typeof entry.fields.statusSource === 'string' ? entry.fields.statusSource : '',
      place: typeof entry.fields.statusPlace === 'string' ? entry.fields.statusPlace : '',
    }));
  return {
    ...(fieldsFromRow('suspect', row) as SuspectFields),
    id,
    officeId: row.office_id,
    createdAt: row.created_at,
    aliases: readSet(db, 'suspect', id, 'aliases'),
    otherNames: readSet(db, 'suspect', id, 'otherNames'),
    phones: readSet(db, 'suspect', id, 'phones'),
    vehicles: readSet(db, 'suspect', id, 'vehicles'),
    photos: readSet(db, 'suspect', id, 'photos'),
    ...(Object.fromEntries(
      Object.keys(suspectExtraSets).map((field) => [field, readSet(db, 'suspect', id, field)]),
    ) as SuspectExtraSetValues),
    cases: linkedCases(db, id, 'suspect_case'),
    associates: associatesOf(db, id),
    notes: notesOf(db, id),
    statusHistory,
    history,
    canEdit: row.office_id === viewer.officeId,
    ...changeMark(
      row.last_change,
      row.created_at,
      seenTimes(db, viewer.operatorId, [id]).get(id),
      viewer.officeId,
    ),
  };
}
