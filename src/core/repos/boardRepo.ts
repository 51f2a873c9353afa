import type { CrimeHead } from '../../shared/domain/crimeHeads';
import type { CaseFilterInput } from '../../shared/api/screensContract';
import type { BoardLane, CaseBoard, CaseBoardCard, SuspectThumb } from '../../shared/api/views';
import { caseLanes, type CaseLane } from '../../shared/domain/enums';
import type { ReadDb } from '../db/openDatabase';
import { cardFromRow } from './caseRepo';
import { boardTextMatch, caseWhere } from './caseQuery';
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

/**
 * Each lane's count and the ids of its cards from `offset` (`limit` a lane), for a free-text
 * filter: the full-text index is asked once, and the lane and time of every case it finds
 * are read from the narrow index of migration 015, not from their rows; the lanes are cut
 * here. Undefined when the filter has no words for the index.
 */
function textLanes(
  db: ReadDb,
  filter: CaseFilterInput,
  offset: number,
  limit: number,
): { counts: Map<CaseLane, number>; ids: Map<CaseLane, string[]> } | undefined {
  if (!filter.text || boardTextMatch(filter.text) === undefined) return undefined;
  const { clause, params } = caseWhere(filter);
  const found = db
    .prepare(
      `SELECT c.id, c.lane, c.updated_at FROM cases c INDEXED BY cases_lane_by_id WHERE ${clause}`,
    )
    .raw()
    .all(...params) as Array<[string, CaseLane, number]>;
  const byLane = new Map<CaseLane, Array<[string, CaseLane, number]>>();
  for (const row of found) {
    const lane = byLane.get(row[1]);
    if (lane) lane.push(row);
    else byLane.set(row[1], [row]);
  }
  const counts = new Map<CaseLane, number>();
  const ids = new Map<CaseLane, string[]>();
  for (const [lane, rows] of byLane) {
    counts.set(lane, rows.length);
    // As the lanes' SQL orders them: most recently changed first, then by id.
    rows.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    ids.set(
      lane,
      rows.slice(offset, offset + limit).map((row) => row[0]),
    );
  }
  return { counts, ids };
}

/** Card rows of `ids`, in that order. */
function cardRows(db: ReadDb, ids: string[]): CardRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${cardColumns} FROM cases c WHERE c.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as CardRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One lane's page of cards, most recently changed first. */
export function laneCards(
  db: ReadDb,
  filter: CaseFilterInput & { lane: CaseLane; offset: number; limit: number },
  viewer: { officeId: string; operatorId: string },
): BoardLane {
  const { lane, offset, limit, ...rest } = filter;
  const text = textLanes(db, rest, offset, limit);
  if (text)
    return {
      total: text.counts.get(lane) ?? 0,
      items: toCards(db, cardRows(db, text.ids.get(lane) ?? []), viewer),
    };
  const { clause, params } = caseWhere(filter);
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
  const text = textLanes(db, rest, 0, perLane);
  if (text) {
    const lanes = Object.fromEntries(
      caseLanes.map((lane) => [
        lane,
        {
          total: text.counts.get(lane) ?? 0,
          items: toCards(db, cardRows(db, text.ids.get(lane) ?? []), viewer),
        },
      ]),
    ) as Record<CaseLane, BoardLane>;
    return { lanes };
  }
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
