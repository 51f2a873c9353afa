import type { LogEntryView } from '../../../shared/api/views';
import { groupThreads, type LogThread as Thread } from '../../../shared/domain/logThreads';

/** A thread of the day as the Log screen draws it. */
export type LogThread = Thread<LogEntryView>;

/**
 * Groups a day's entries (as `log.day` returns them, in time order) into threads, as core
 * groups them when it pages a day.
 */
export function threadsOf(entries: readonly LogEntryView[]): LogThread[] {
  return groupThreads(entries);
}

/** A request for help that no office has answered yet: it must stand out. */
export function isUnansweredRequest(entry: LogEntryView): boolean {
  return entry.category === 'request' && entry.replyCount === 0;
}

/** The offices, other than the one that posted it, that have acknowledged an entry. */
export function seenByOthers(entry: LogEntryView): string[] {
  return entry.acks.filter((officeId) => officeId !== entry.officeId);
}

/** Whether this office may still acknowledge the entry (another office's, not yet acknowledged). */
export function canAcknowledge(entry: LogEntryView, officeId: string): boolean {
  return entry.officeId !== officeId && !entry.acks.includes(officeId);
}

/**
 * The day's entries with ones this screen knows of but the last load did not have yet (just
 * posted, or just acknowledged), so a post shows at once, before core's change event reloads.
 */
export function mergeEntries(
  loaded: readonly LogEntryView[],
  local: readonly LogEntryView[],
): LogEntryView[] {
  const merged = new Map(loaded.map((entry) => [entry.id, entry]));
  for (const entry of local) {
    const known = merged.get(entry.id);
    if (!known) merged.set(entry.id, entry);
    else if (entry.acks.some((office) => !known.acks.includes(office))) {
      merged.set(entry.id, { ...known, acks: [...new Set([...known.acks, ...entry.acks])] });
    }
  }
  const replies = new Map<string, number>();
  for (const entry of merged.values()) {
    if (entry.replyTo) replies.set(entry.replyTo, (replies.get(entry.replyTo) ?? 0) + 1);
  }
  return [...merged.values()]
    .map((entry) => {
      const seen = replies.get(entry.id) ?? 0;
      return seen > entry.replyCount ? { ...entry, replyCount: seen } : entry;
    })
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
