import type { LogEntryView } from '../../../shared/api/views';

/**
 * An entry of the day with every reply under it (replies to replies too), in time order; or,
 * when the day's entries answer one of an earlier day, those answers together.
 */
export interface LogThread {
  /** The first entry: the one the others answer, or the first answer to an earlier entry. */
  entry: LogEntryView;
  replies: LogEntryView[];
  /** `entry.replyTo` is an entry of an earlier day, not on this page. */
  answersEarlierDay: boolean;
}

const byTime = (a: LogEntryView, b: LogEntryView) => a.at - b.at || a.id.localeCompare(b.id);

/**
 * Groups a day's entries (as `log.day` returns them, in time order) into threads: each entry
 * that answers no entry of the page starts a thread, except that answers to the same entry of
 * an earlier day share one; a reply goes under the root of the entry it answers.
 */
export function threadsOf(entries: readonly LogEntryView[]): LogThread[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const rootOf = (entry: LogEntryView): LogEntryView => {
    let current = entry;
    const seen = new Set<string>();
    while (current.replyTo && byId.has(current.replyTo) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.replyTo) as LogEntryView;
    }
    return current;
  };
  const earlier = (root: LogEntryView) => root.replyTo !== null && !byId.has(root.replyTo);
  const keyOf = (root: LogEntryView) => (earlier(root) ? `earlier:${root.replyTo}` : root.id);
  const threads = new Map<string, LogThread>();
  const roots = entries.filter((entry) => rootOf(entry).id === entry.id);
  for (const root of [...roots].sort(byTime)) {
    const thread = threads.get(keyOf(root));
    if (thread) thread.replies.push(root);
    else threads.set(keyOf(root), { entry: root, replies: [], answersEarlierDay: earlier(root) });
  }
  for (const entry of entries) {
    const root = rootOf(entry);
    if (root.id !== entry.id) threads.get(keyOf(root))?.replies.push(entry);
  }
  for (const thread of threads.values()) thread.replies.sort(byTime);
  return [...threads.values()];
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
