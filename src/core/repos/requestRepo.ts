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

/** Requests whose due time has passed and that some office has not yet answered or closed, oldest due first. */
export function overdueRequests(db: ReadDb, now: number): OverdueRequest[] {
  const offices = (
    db.prepare('SELECT id FROM offices WHERE deleted = 0 ORDER BY id').all() as Array<{
      id: string;
    }>
  ).map((row) => row.id);
  const rows = db
    .prepare(
      `${logSelect} WHERE e.deleted = 0 AND e.due_at IS NOT NULL AND e.due_at < ? ORDER BY e.due_at, e.id`,
    )
    .all(now) as LogRow[];
  return toViews(db, rows)
    .map((entry) => ({ entry, waitingOn: waitingOn(entry, offices) }))
    .filter((request) => request.waitingOn.length > 0);
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
