import type { LogEntryView, OverdueRequest } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';
import { logSelect, toViews, type LogRow } from './logRepo';

/**
 * The offices a request still waits on: those it is addressed to (every other office when it
 * names none) that have neither replied nor closed it; none once the sender has closed it.
 */
export function waitingOn(entry: LogEntryView, allOffices: readonly string[]): string[] {
  if (entry.closes.includes(entry.officeId)) return [];
  const addressed =
    entry.addressedTo.length > 0
      ? entry.addressedTo
      : allOffices.filter((office) => office !== entry.officeId);
  return addressed.filter(
    (office) => !entry.repliedBy.includes(office) && !entry.closes.includes(office),
  );
}

/** SQL: whether the office `office` (an expression) has closed the request `e`. */
const closedBy = (office: string) =>
  `EXISTS (SELECT 1 FROM set_elements c WHERE c.entity = 'log' AND c.record_id = e.id
     AND c.field = 'closes' AND c.value = ${office} AND c.removed = 0)`;

/** Requests whose due time has passed and that some office has not yet answered or closed, oldest due first. */
export function overdueRequests(db: ReadDb, now: number, limit = -1): OverdueRequest[] {
  const offices = (
    db.prepare('SELECT id FROM offices WHERE deleted = 0 ORDER BY id').all() as Array<{
      id: string;
    }>
  ).map((row) => row.id);
  // Tens of thousands of requests fall due over the years, nearly all answered: those still
  // waiting are picked out in SQL (the rule of `waitingOn`), and only they are read in full.
  const rows = db
    .prepare(
      `${logSelect} WHERE e.deleted = 0 AND e.due_at IS NOT NULL AND e.due_at < @now
       AND NOT ${closedBy('e.office_id')}
       AND EXISTS (SELECT 1 FROM (
           SELECT value AS office FROM json_each(coalesce(e.addressed_to, '[]'))
           UNION SELECT id FROM offices WHERE deleted = 0 AND id <> e.office_id
             AND coalesce(e.addressed_to, '[]') = '[]') a
         WHERE NOT ${closedBy('a.office')} AND NOT EXISTS (SELECT 1 FROM log_entries r
           WHERE r.reply_to = e.id AND r.deleted = 0 AND r.office_id = a.office))
       ORDER BY e.due_at, e.id LIMIT @limit`,
    )
    .all({ now, limit }) as LogRow[];
  return toViews(db, rows)
    .map((entry) => ({ entry, waitingOn: waitingOn(entry, offices) }))
    .filter((request) => request.waitingOn.length > 0);
}

/**
 * How many overdue requests wait on each office (the rule of `waitingOn`, counted in SQL),
 * how many requests wait at all, and how many of those `officeId` sent.
 */
export function overdueCounts(
  db: ReadDb,
  now: number,
  officeId: string,
): { perOffice: Record<string, number>; requests: number; oursWaiting: number } {
  const due = `e.deleted = 0 AND e.due_at IS NOT NULL AND e.due_at < @now AND NOT ${closedBy('e.office_id')}`;
  const open = (office: string) =>
    `NOT ${closedBy(office)} AND NOT EXISTS (SELECT 1 FROM log_entries r
       WHERE r.reply_to = e.id AND r.deleted = 0 AND r.office_id = ${office})`;
  const pairs = db
    .prepare(
      `SELECT e.id AS id, e.office_id AS sender, j.value AS office
         FROM log_entries e, json_each(coalesce(e.addressed_to, '[]')) j
         WHERE ${due} AND ${open('j.value')}
       UNION ALL
       SELECT e.id, e.office_id, o.id FROM log_entries e JOIN offices o
         ON o.deleted = 0 AND o.id <> e.office_id
         WHERE coalesce(e.addressed_to, '[]') = '[]' AND ${due} AND ${open('o.id')}`,
    )
    .raw()
    .all({ now }) as Array<[string, string, string]>;
  const perOffice: Record<string, number> = {};
  const requests = new Set<string>();
  const ours = new Set<string>();
  for (const [id, sender, office] of pairs) {
    perOffice[office] = (perOffice[office] ?? 0) + 1;
    requests.add(id);
    if (sender === officeId) ours.add(id);
  }
  return { perOffice, requests: requests.size, oursWaiting: ours.size };
}

/**
 * What the overdue answer depends on besides the clock: the version of what it reads, raised
 * by triggers on any connection's write to requests, replies, log sets, offices or operators
 * (migration 019; a case saved or a plain log line leaves it), and the earliest due time not
 * yet passed at `now`, after which one more request may be overdue (null when none is due later).
 */
export function overdueDependencies(
  db: ReadDb,
  now: number,
): { writes: string; nextDueAt: number | null } {
  const row = db
    .prepare(
      `SELECT (SELECT version FROM overdue_inputs) AS version, (SELECT min(due_at) FROM log_entries
         WHERE due_at IS NOT NULL AND deleted = 0 AND due_at >= ?) AS next`,
    )
    .get(now) as { version: number; next: number | null };
  return { writes: String(row.version), nextDueAt: row.next };
}

/** Requests still open (due or not, not yet answered or closed by every addressee), newest first. */
export function openRequests(db: ReadDb): OverdueRequest[] {
  const offices = (
    db.prepare('SELECT id FROM offices WHERE deleted = 0 ORDER BY id').all() as Array<{
      id: string;
    }>
  ).map((row) => row.id);
  const rows = db
    .prepare(
      `${logSelect} WHERE e.deleted = 0 AND e.category = 'request' ORDER BY e.at DESC, e.id LIMIT 500`,
    )
    .all() as LogRow[];
  return toViews(db, rows)
    .map((entry) => ({ entry, waitingOn: waitingOn(entry, offices) }))
    .filter((request) => request.waitingOn.length > 0);
}

/** Urgent lookouts count as active this long after they were posted. */
export const urgentActiveMs = 12 * 3_600_000;
/** Entries of other offices from this far back are listed at handover if not acknowledged. */
export const handoverLookbackMs = 24 * 3_600_000;

/** What the outgoing operator hands over: open requests, active urgent entries, unacknowledged items. */
export function handoverItems(
  db: ReadDb,
  officeId: string,
  now: number,
): { openRequests: OverdueRequest[]; urgent: LogEntryView[]; unacknowledged: LogEntryView[] } {
  const recent = toViews(
    db,
    db
      .prepare(
        `${logSelect} WHERE e.deleted = 0 AND e.at >= ? AND e.reply_to IS NULL ORDER BY e.at DESC, e.id`,
      )
      .all(now - handoverLookbackMs) as LogRow[],
  );
  return {
    openRequests: openRequests(db),
    urgent: recent.filter((entry) => entry.urgent && entry.at >= now - urgentActiveMs),
    unacknowledged: recent.filter(
      (entry) =>
        entry.officeId !== officeId &&
        entry.category !== 'handover' &&
        (entry.addressedTo.length === 0 || entry.addressedTo.includes(officeId)) &&
        !entry.acks.includes(officeId) &&
        !entry.repliedBy.includes(officeId),
    ),
  };
}
