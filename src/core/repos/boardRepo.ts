import type { CrimeHead } from '../../shared/domain/crimeHeads';
import type { CaseFilterInput } from '../../shared/api/screensContract';
import type { BoardLane, CaseBoard, CaseBoardCard, SuspectThumb } from '../../shared/api/views';
import { caseLanes, type CaseLane } from '../../shared/domain/enums';
import type { ReadDb } from '../db/openDatabase';
import { cardFromRow } from './caseRepo';
import { caseWhere } from './caseQuery';
import { changeMark, seenTimes } from './changeMarks';
import { laneCounts } from './laneCounts';

interface CardRow {
  id: string;
  office_id: string;
  police_station: string;
  fir_number: string;
  fir_year: number;
  crime_head: CrimeHead;
  occurred_at: number;
  property_value: number;
  lane: CaseLane;
  priority: CaseBoardCard['priority'];
  sharing: CaseBoardCard['sharing'];
  created_at: number;
  last_change: string;
}

const cardColumns = `c.id, c.office_id, c.police_station, c.fir_number, c.fir_year, c.crime_head,
  c.occurred_at, c.property_value, c.lane, c.priority, c.sharing, c.created_at, c.last_change`;

/** Linked suspects of cases (accused first), as thumbnails for cards. */
export function suspectsOfCases(db: ReadDb, caseIds: string[]): Map<string, SuspectThumb[]> {
  const byCase = new Map<string, SuspectThumb[]>();
  if (caseIds.length === 0) return byCase;
  const rows = db
    .prepare(
      `SELECT l.to_id AS case_id, s.id, s.name, s.primary_photo, l.role FROM links l
       JOIN suspects s ON s.id = l.from_id AND s.deleted = 0
       WHERE l.kind = 'suspect_case' AND l.present = 1 AND l.to_id IN (SELECT value FROM json_each(?))
       ORDER BY l.role, s.name`,
    )
    .all(JSON.stringify(caseIds)) as Array<{
    case_id: string;
    id: string;
    name: string;
    primary_photo: string | null;
    role: string;
  }>;
  for (const row of rows) {
    const list = byCase.get(row.case_id) ?? [];
    list.push({ id: row.id, name: row.name, photo: row.primary_photo, role: row.role });
    byCase.set(row.case_id, list);
  }
  return byCase;
}

function toCards(
  db: ReadDb,
  rows: CardRow[],
  viewer: { officeId: string; operatorId: string },
): CaseBoardCard[] {
  const ids = rows.map((row) => row.id);
  const suspects = suspectsOfCases(db, ids);
  const seen = seenTimes(db, viewer.operatorId, ids);
  return rows.map((row) => {
    const linked = suspects.get(row.id) ?? [];
    const mark = changeMark(row.last_change, row.created_at, seen.get(row.id), viewer.officeId);
    return {
      ...cardFromRow({ ...row, updated_at: mark.updatedAt, suspect_count: linked.length }),
      suspects: linked.slice(0, 4),
      ...mark,
    };
  });
}

/** One lane's page of cards, most recently changed first. */
export function laneCards(
  db: ReadDb,
  filter: CaseFilterInput & { lane: CaseLane; offset: number; limit: number },
  viewer: { officeId: string; operatorId: string },
): BoardLane {
  const { clause, params } = caseWhere(filter);
  const { lane, offset, limit, ...rest } = filter;
  const total = laneCounts(db, rest).get(lane) ?? 0;
  const rows = db
    .prepare(
      `SELECT ${cardColumns} FROM cases c WHERE ${clause} AND c.lane = ?
       ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?`,
    )
    .all(...params, lane, limit, offset) as CardRow[];
  return { total, items: toCards(db, rows, viewer) };
}

/** The board: every lane's count and its first cards. */
export function caseBoard(
  db: ReadDb,
  filter: CaseFilterInput & { perLane: number },
  viewer: { officeId: string; operatorId: string },
): CaseBoard {
  const { perLane, ...rest } = filter;
  const { clause, params } = caseWhere(rest);
  const counts = laneCounts(db, rest);
  const statement = db.prepare(
    `SELECT ${cardColumns} FROM cases c WHERE ${clause} AND c.lane = ? ORDER BY c.updated_at DESC, c.id LIMIT ?`,
  );
  const lanes = Object.fromEntries(
    caseLanes.map((lane) => {
      const rows =
        (counts.get(lane) ?? 0) === 0 ? [] : (statement.all(...params, lane, perLane) as CardRow[]);
      return [lane, { total: counts.get(lane) ?? 0, items: toCards(db, rows, viewer) }];
    }),
  ) as Record<CaseLane, BoardLane>;
  return { lanes };
}
