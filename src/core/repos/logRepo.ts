import type { LogDayView, LogEntryView } from '../../shared/api/views';
import type { LogCategory } from '../../shared/domain/enums';
import type { ReadDb } from '../db/openDatabase';
import { istDayRange } from '../../shared/istDate';
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

/** The live entries of an IST day, and the replies to them: which ones, not yet what they say. */
const dayWhere = `e.deleted = 0 AND (e.at >= @start AND e.at < @end OR e.reply_to IN (
  SELECT id FROM log_entries WHERE at >= @start AND at < @end AND deleted = 0))`;

/** One IST day of the log in time order, with the replies to that day's entries (all of it). */
export function logDay(db: ReadDb, date: string): LogEntryView[] {
  const { start, end } = istDayRange(date);
  const rows = db
    .prepare(`${logSelect} WHERE ${dayWhere} ORDER BY e.at, e.id`)
    .all({ start, end }) as LogRow[];
  return toViews(db, rows);
}

/** A root of the day's threads: an entry answering no live entry of the day. */
const isRoot = `(d.reply_to IS NULL OR NOT EXISTS (SELECT 1 FROM log_entries p
  WHERE p.id = d.reply_to AND p.at >= @start AND p.at < @end AND p.deleted = 0))`;

/**
 * The day's entries and its threads, counted in the indexes: entries of the day plus answers
 * to them from other days; threads are entries answering nothing, plus one per entry of an
 * earlier day that entries of this day answer.
 */
export function logDayCounts(db: ReadDb, date: string): { entryCount: number; threads: number } {
  const range = istDayRange(date);
  const row = db
    .prepare(
      `SELECT
        (SELECT count(*) FROM log_entries WHERE at >= @start AND at < @end AND deleted = 0)
        + (SELECT count(*) FROM log_entries r WHERE r.reply_to IN (
            SELECT id FROM log_entries WHERE at >= @start AND at < @end AND deleted = 0)
          AND (r.at < @start OR r.at >= @end) AND r.deleted = 0) AS entryCount,
        (SELECT count(*) FROM log_entries d WHERE d.at >= @start AND d.at < @end AND d.deleted = 0
          AND d.reply_to IS NULL)
        + (SELECT count(DISTINCT d.reply_to) FROM log_entries d
          WHERE d.at >= @start AND d.at < @end AND d.deleted = 0 AND d.reply_to IS NOT NULL
          AND ${isRoot}) AS threads`,
    )
    .get(range) as { entryCount: number; threads: number };
  return row;
}

/**
 * The ids of the newest `threads` threads of a day, whole. Roots are read newest first from the
 * time index, only as far back as the page needs: a thread's time is its first root's, and no
 * thread not yet seen can be newer than the root being read. A thread is its roots, the day's
 * entries under them, and the answers from other days to those entries.
 */
function newestThreadIds(db: ReadDb, date: string, threads: number): string[] {
  const range = istDayRange(date);
  const roots = db.prepare(
    `SELECT d.id, d.at, d.reply_to AS replyTo FROM log_entries d
     WHERE d.at >= @start AND d.at < @end AND d.deleted = 0 AND ${isRoot}
     ORDER BY d.at DESC, d.id DESC`,
  );
  // Entries of the day answering the same entry of an earlier day are one thread.
  const firstAnswer = db.prepare(
    `SELECT id, at FROM log_entries WHERE reply_to = ? AND at >= @start AND at < @end AND deleted = 0
     ORDER BY at, id LIMIT 1`,
  );
  type Moment = { at: number; id: string };
  const found = new Map<string, Moment>();
  const newer = (a: Moment, b: Moment) => a.at - b.at || a.id.localeCompare(b.id);
  // Threads found whose time is after the root being read: no thread read later passes them.
  let settled = 0;
  let unsettled: Moment[] = [];
  for (const root of roots.iterate(range) as Iterable<Moment & { replyTo: string | null }>) {
    const still = unsettled.filter((thread) => newer(thread, root) <= 0);
    settled += unsettled.length - still.length;
    unsettled = still;
    if (settled >= threads) break;
    const key = root.replyTo ?? root.id;
    if (found.has(key)) continue;
    const first =
      root.replyTo === null
        ? root
        : ((firstAnswer.get(root.replyTo, range) as Moment | undefined) ?? root);
    found.set(key, { at: first.at, id: first.id });
    unsettled.push({ at: first.at, id: first.id });
  }
  const keys = [...found.entries()]
    .sort(([, a], [, b]) => newer(b, a))
    .slice(0, threads)
    .map(([key]) => key);
  return db
    .prepare(
      `WITH RECURSIVE thread(id, at) AS (
         SELECT d.id, d.at FROM log_entries d WHERE d.deleted = 0 AND d.at >= @start AND d.at < @end
           AND (d.id IN (SELECT value FROM json_each(@keys)) AND d.reply_to IS NULL
             OR d.reply_to IN (SELECT value FROM json_each(@keys)) AND ${isRoot})
         UNION
         SELECT r.id, r.at FROM log_entries r JOIN thread t ON r.reply_to = t.id
         WHERE r.deleted = 0 AND (r.at >= @start AND r.at < @end OR t.at >= @start AND t.at < @end))
       SELECT id FROM thread`,
    )
    .pluck()
    .all({ ...range, keys: JSON.stringify(keys) }) as string[];
}

/**
 * One IST day of the log, paged by thread: the newest `threads` threads of the day (all of
 * them when not given), each whole. Only the page's entries are read in full, found from the
 * newest roots back as far as the page needs, so a day of 25,000 entries costs what its
 * newest page does; the counts (`counts`, on by default) are read from the indexes.
 */
export function logDayPage(db: ReadDb, date: string, threads?: number, counts = true): LogDayView {
  const counted = counts ? logDayCounts(db, date) : undefined;
  if (threads === undefined || (counted && counted.threads <= threads)) {
    const entries = logDay(db, date);
    return {
      entries,
      earlierThreads: counted ? 0 : null,
      entryCount: counted ? counted.entryCount : null,
    };
  }
  const ids = newestThreadIds(db, date, threads);
  const entries = toViews(
    db,
    db
      .prepare(`${logSelect} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.at, e.id`)
      .all(JSON.stringify(ids)) as LogRow[],
  );
  return {
    entries,
    earlierThreads: counted ? Math.max(0, counted.threads - threads) : null,
    entryCount: counted ? counted.entryCount : null,
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
