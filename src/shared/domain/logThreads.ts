/** What grouping a log day into threads needs of an entry. */
export interface ThreadedEntry {
  id: string;
  at: number;
  replyTo: string | null;
}

/**
 * An entry of the day with every reply under it (replies to replies too), in time order; or,
 * when the day's entries answer one of an earlier day, those answers together.
 */
export interface LogThread<T extends ThreadedEntry> {
  /** The first entry: the one the others answer, or the first answer to an earlier entry. */
  entry: T;
  replies: T[];
  /** `entry.replyTo` is an entry of an earlier day, not among the entries grouped. */
  answersEarlierDay: boolean;
}

const byTime = (a: ThreadedEntry, b: ThreadedEntry) => a.at - b.at || a.id.localeCompare(b.id);

/**
 * Groups a day's entries into threads, oldest thread first: each entry that answers no entry
 * of the list starts a thread, except that answers to the same entry of an earlier day share
 * one; a reply goes under the root of the entry it answers. Core pages a day by these threads
 * and the Log screen draws them, so both group the same way.
 */
export function groupThreads<T extends ThreadedEntry>(entries: readonly T[]): Array<LogThread<T>> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Each entry's root, found once (a day can hold tens of thousands); a cycle of replies stops
  // at the entry where it closes.
  const roots = new Map<string, T>();
  const rootOf = (entry: T): T => {
    const known = roots.get(entry.id);
    if (known) return known;
    const path: T[] = [];
    const seen = new Set<string>();
    let current = entry;
    while (current.replyTo && byId.has(current.replyTo) && !seen.has(current.id)) {
      const cached = roots.get(current.id);
      if (cached) {
        current = cached;
        break;
      }
      seen.add(current.id);
      path.push(current);
      current = byId.get(current.replyTo) as T;
    }
    for (const step of path) roots.set(step.id, current);
    roots.set(entry.id, current);
    return current;
  };
  const earlier = (root: T) => root.replyTo !== null && !byId.has(root.replyTo);
  const keyOf = (root: T) => (earlier(root) ? `earlier:${root.replyTo}` : root.id);
  const threads = new Map<string, LogThread<T>>();
  const starts = entries.filter((entry) => rootOf(entry).id === entry.id);
  for (const root of [...starts].sort(byTime)) {
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
