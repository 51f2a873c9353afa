import type {
  AgendaCase,
  AgendaSuspect,
  ExchangedLists,
  MeetingAgenda,
  TaskView,
} from '../../shared/api/meetingContract';
import type { LogEntryView } from '../../shared/api/views';
import { SamanvayError } from '../../shared/errors';
import type { ReadDb } from '../db/openDatabase';
import { listLookouts } from './lookoutRepo';
import { logSelect, toViews, type LogRow } from './logRepo';
import { overdueRequests } from './requestRepo';

const dayMs = 86_400_000;
const wantedStatuses = ['wanted', 'absconding', 'proclaimed_offender'];
/** Not in custody, convicted or acquitted: at large, on bail, released or surrendered. */
const atLargeStatuses = [...wantedStatuses, 'on_bail', 'released', 'surrendered'];
const unsolvedLanes = ['registered', 'under_investigation'];

/**
 * The police station a person is listed under: the station of the history sheet, else of the
 * newest case the person is linked to.
 */
const suspectSelect = `SELECT s.id, s.office_id AS officeId, s.name, s.status,
    s.history_sheet_number AS historySheetNumber, s.created_at AS createdAt,
    coalesce(nullif(s.history_sheet_ps, ''), (
      SELECT c.police_station FROM links l JOIN cases c ON c.id = l.to_id
      WHERE l.kind = 'suspect_case' AND l.present = 1 AND l.from_id = s.id AND c.deleted = 0
      ORDER BY c.occurred_at DESC LIMIT 1), '') AS policeStation
  FROM suspects s`;

function suspects(db: ReadDb, where: string, offices: string[], ...values: unknown[]) {
  return db
    .prepare(
      `${suspectSelect} WHERE s.deleted = 0 AND s.sharing = 'network'
         AND s.office_id IN (SELECT value FROM json_each(?)) AND ${where}
       ORDER BY policeStation, s.name LIMIT 2000`,
    )
    .all(JSON.stringify(offices), ...values) as AgendaSuspect[];
}

/**
 * The offices at a meeting: `own` and the ones picked, each once, sorted. Refuses with
 * NOT_FOUND (naming the office) when one picked is not a known office of the network, so a
 * call stops before it reads or writes anything.
 */
export function meetingOffices(db: ReadDb, own: string, picked: string[]): string[] {
  const known = db.prepare('SELECT 1 FROM offices WHERE id = ? AND deleted = 0').pluck();
  for (const office of picked)
    if (known.get(office) === undefined)
      throw new SamanvayError('NOT_FOUND', `No office "${office}" is known here.`, {
        entity: 'office',
        id: office,
      });
  return [...new Set([own, ...picked])].sort();
}

const inList = (values: string[]) => `(${values.map((value) => `'${value}'`).join(', ')})`;

/**
 * The joint agenda of `offices`: their open lookout notices (neither withdrawn nor expired),
 * wanted persons, unsolved shared cases, suspects recorded in the last 30 days, and overdue
 * requests that involve any of them.
 */
export function meetingAgenda(db: ReadDb, offices: string[], now: number): MeetingAgenda {
  const officeJson = JSON.stringify(offices);
  const involved = new Set(offices);
  const lookouts = listLookouts(db, now).filter(
    (lookout) =>
      involved.has(lookout.officeId) &&
      (lookout.state === 'active' || lookout.state === 'expiring'),
  );
  const unsolvedCases = db
    .prepare(
      `SELECT id, office_id AS officeId, police_station AS policeStation, fir_number AS firNumber,
         fir_year AS firYear, crime_head AS crimeHead, lane, occurred_at AS occurredAt
       FROM cases WHERE deleted = 0 AND sharing = 'network' AND lane IN ${inList(unsolvedLanes)}
         AND office_id IN (SELECT value FROM json_each(?))
       ORDER BY occurred_at DESC LIMIT 500`,
    )
    .all(officeJson) as AgendaCase[];
  return {
    offices,
    lookouts,
    wanted: suspects(db, `s.status IN ${inList(wantedStatuses)}`, offices),
    unsolvedCases,
    newSuspects: suspects(db, 's.created_at >= ?', offices, now - 30 * dayMs),
    overdueRequests: overdueRequests(db, now).filter(
      (request) =>
        involved.has(request.entry.officeId) ||
        request.waitingOn.some((office) => involved.has(office)),
    ),
  };
}

/** The lists exchanged at a meeting: wanted, history-sheeters, active criminals. */
export function exchangedLists(db: ReadDb, offices: string[], now: number): ExchangedLists {
  return {
    wanted: suspects(db, `s.status IN ${inList(wantedStatuses)}`, offices),
    historySheeters: suspects(db, "s.history_sheet_number <> ''", offices),
    activeCriminals: suspects(
      db,
      `s.status IN ${inList(atLargeStatuses)} AND EXISTS (
         SELECT 1 FROM links l JOIN cases c ON c.id = l.to_id
         WHERE l.kind = 'suspect_case' AND l.present = 1 AND l.from_id = s.id
           AND c.deleted = 0 AND c.occurred_at >= ?)`,
      offices,
      now - 365 * dayMs,
    ),
  };
}

/**
 * Whether a task is done: its owner office, or the office that recorded it, closed it. A close
 * by any other office (each office may only close for itself) does not finish someone's task.
 */
export function taskDone(entry: LogEntryView): boolean {
  const owner = entry.addressedTo[0] ?? entry.officeId;
  return entry.closes.includes(owner) || entry.closes.includes(entry.officeId);
}

/** A task log entry as a task of its owner office, seen from `office`. */
export function taskView(entry: LogEntryView, office: string): TaskView {
  const owner = entry.addressedTo[0] ?? entry.officeId;
  return {
    entry,
    owner,
    dueAt: entry.dueAt ?? 0,
    done: taskDone(entry),
    mayClose: office === owner || office === entry.officeId,
  };
}

/** Tasks not yet done that `office` owns or recorded, soonest due first. */
export function openTasks(db: ReadDb, office: string): TaskView[] {
  const rows = db
    .prepare(
      `${logSelect} WHERE e.category = 'task' AND e.deleted = 0 ORDER BY e.due_at, e.id LIMIT 2000`,
    )
    .all() as LogRow[];
  return toViews(db, rows)
    .map((entry) => taskView(entry, office))
    .filter((task) => !task.done && task.mayClose);
}

/**
 * A meeting's minutes and decisions: the `meeting` entries addressed to exactly the offices
 * present and the tasks this office recorded for one of them, posted since `since`.
 */
export function meetingEntries(
  db: ReadDb,
  office: string,
  offices: string[],
  since: number,
): { minutes: LogEntryView[]; tasks: TaskView[] } {
  const rows = db
    .prepare(
      `${logSelect} WHERE e.deleted = 0 AND e.category IN ('meeting', 'task') AND e.at >= ?
         AND e.office_id = ? ORDER BY e.at, e.id LIMIT 2000`,
    )
    .all(since, office) as LogRow[];
  const present = JSON.stringify([...offices].sort());
  const entries = toViews(db, rows);
  return {
    minutes: entries.filter(
      (entry) =>
        entry.category === 'meeting' && JSON.stringify([...entry.addressedTo].sort()) === present,
    ),
    tasks: entries
      .filter((entry) => entry.category === 'task' && offices.includes(entry.addressedTo[0] ?? ''))
      .map((entry) => taskView(entry, office)),
  };
}
