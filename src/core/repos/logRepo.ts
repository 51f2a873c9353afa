import type { LogDayView, LogEntryView } from '../../shared/api/views';
import type { LogCategory } from '../../shared/domain/enums';
import type { ReadDb } from '../db/openDatabase';
import { istDayRange } from '../../shared/istDate';
import { groupThreads } from '../../shared/domain/logThreads';
import { operatorNames } from './changeMarks';

/** A log entry row with its reply count, as `logSelect` reads it. */
export interface LogRow {
  id: string;
  office_id: string;
  operator_id: string;
  at: number;
  category: LogCategory;
  text: string;
  urgent: number;
  reply_to: string | null;
  case_ids: string;
  suspect_ids: string;
  vehicles: string;
  photos: string;
  reply_count: number;
  addressed_to: string;
  memo_number: string;
  due_at: number | null;
  incoming_operator: string;
}

/** The present elements of a log set field for each of `ids`. */
function setsOf(db: ReadDb, ids: string[], field: 'acks' | 'closes'): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (ids.length === 0) return result;
  const rows = db
    .prepare(
      `SELECT DISTINCT record_id, value FROM set_elements WHERE entity = 'log' AND field = ? AND removed = 0
       AND record_id IN (SELECT value FROM json_each(?)) ORDER BY value`,
    )
    .all(field, JSON.stringify(ids)) as Array<{ record_id: string; value: string }>;
  for (const row of rows)
    result.set(row.record_id, [...(result.get(row.record_id) ?? []), row.value]);
  return result;
}

/** The offices that replied to each of `ids`. */
function repliersOf(db: ReadDb, ids: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (ids.length === 0) return result;
  const rows = db
    .prepare(
      `SELECT DISTINCT reply_to, office_id FROM log_entries WHERE deleted = 0
       AND reply_to IN (SELECT value FROM json_each(?)) ORDER BY office_id`,
    )
    .all(JSON.stringify(ids)) as Array<{ reply_to: string; office_id: string }>;
  for (const row of rows)
    result.set(row.reply_to, [...(result.get(row.reply_to) ?? []), row.office_id]);
  return result;
}

/** The select of log rows with their reply count; append a WHERE clause. */
export const logSelect = `SELECT e.*, (SELECT count(*) FROM log_entries r WHERE r.reply_to = e.id AND r.deleted = 0)
  AS reply_count FROM log_entries e`;

/** Log rows as the UI shows them, with acknowledgements, closes and who replied. */
export function toViews(db: ReadDb, rows: LogRow[]): LogEntryView[] {
  const names = operatorNames(
    db,
    rows.map((row) => row.operator_id),
  );
  const ids = rows.map((row) => row.id);
  const acks = setsOf(db, ids, 'acks');
  const closes = setsOf(db, ids, 'closes');
  const repliers = repliersOf(db, ids);
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    operatorName: names.get(row.operator_id) ?? '',
    at: row.at,
    category: row.category,
    text: row.text,
    urgent: row.urgent === 1,
    replyTo: row.reply_to,
    caseIds: JSON.parse(row.case_ids) as string[],
    suspectIds: JSON.parse(row.suspect_ids) as string[],
    vehicles: JSON.parse(row.vehicles) as string[],
    photos: JSON.parse(row.photos) as string[],
    acks: acks.get(row.id) ?? [],
    replyCount: row.reply_count,
    addressedTo: JSON.parse(row.addressed_to ?? '[]') as string[],
    memoNumber: row.memo_number ?? '',
    dueAt: row.due_at ?? null,
    closes: closes.get(row.id) ?? [],
    repliedBy: repliers.get(row.id) ?? [],
    incomingOperator: row.incoming_operator ?? '',
  }));
}

/** The entries of an IST day, and the replies to them: which ones, not yet what they say. */
const dayWhere = `e.deleted = 0 AND (e.at >= @start AND e.at < @end OR e.reply_to IN (
  SELECT id FROM log_entries WHERE at >= @start AND at < @end))`;

/** One IST day of the log in time order, with the replies to that day's entries (all of it). */
export function logDay(db: ReadDb, date: string): LogEntryView[] {
  const { start, end } = istDayRange(date);
  const rows = db
    .prepare(`${logSelect} WHERE ${dayWhere} ORDER BY e.at, e.id`)
    .all({ start, end }) as LogRow[];
  return toViews(db, rows);
}

/**
 * One IST day of the log, paged by thread: the newest `threads` threads of the day (all of
 * them when not given), each whole. A day's outline (ids, times, what answers what) is read
 * first, cheaply; only the entries on the page are read in full, so a day of 25,000 entries
 * costs what its newest page does, plus the outline.
 */
export function logDayPage(db: ReadDb, date: string, threads?: number): LogDayView {
  const { start, end } = istDayRange(date);
  const outline = db
    .prepare(
      `SELECT e.id, e.at, e.reply_to AS replyTo FROM log_entries e WHERE ${dayWhere} ORDER BY e.at, e.id`,
    )
    .all({ start, end }) as Array<{ id: string; at: number; replyTo: string | null }>;
  const grouped = groupThreads(outline);
  const page =
    threads === undefined ? grouped : grouped.slice(Math.max(0, grouped.length - threads));
  const ids = page.flatMap((thread) => [
    thread.entry.id,
    ...thread.replies.map((reply) => reply.id),
  ]);
  const entries =
    page.length === grouped.length
      ? logDay(db, date)
      : toViews(
          db,
          db
            .prepare(
              `${logSelect} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.at, e.id`,
            )
            .all(JSON.stringify(ids)) as LogRow[],
        );
  return {
    entries,
    earlierThreads: grouped.length - page.length,
    entryCount: outline.length,
  };
}

/** An entry and every reply under it, in time order. */
export function logThread(db: ReadDb, id: string): LogEntryView[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE thread(id) AS (SELECT @id UNION SELECT e.id FROM log_entries e JOIN thread t ON e.reply_to = t.id)
       ${logSelect} WHERE e.id IN (SELECT id FROM thread) AND e.deleted = 0 ORDER BY e.at, e.id`,
    )
    .all({ id }) as LogRow[];
  return toViews(db, rows);
}

/** One entry as the UI shows it. */
export function logEntry(db: ReadDb, id: string): LogEntryView | undefined {
  return toViews(db, db.prepare(`${logSelect} WHERE e.id = ?`).all(id) as LogRow[])[0];
}
