import type { Db } from '../db/openDatabase';

/** How often an open merges the full-text index (FTS5 'optimize'). */
export const searchCompactionEveryMs = 24 * 60 * 60_000;

/**
 * Merges the full-text index's segments into one (FTS5 'optimize') and notes when, in meta
 * `search.lastCompaction`. Every write adds a small segment, and a query reads each segment
 * holding one of its words: after a day of writes, or a rebuild, one segment answers faster.
 */
export function compactSearchIndex(db: Db, now: number): void {
  db.transaction(() => {
    db.prepare("INSERT INTO search_text (search_text) VALUES ('optimize')").run();
    db.prepare(
      "INSERT INTO meta (key, value) VALUES ('search.lastCompaction', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(String(now));
  })();
}

/**
 * Compacts the full-text index when a node opens, at most once a day (it rewrites the whole
 * index: seconds on a large office). A last compaction later than `now` (a clock set back)
 * counts as due, so a wrong clock cannot put it off. True when it ran.
 */
export function compactSearchIndexIfDue(db: Db, now: number): boolean {
  const last = db
    .prepare("SELECT value FROM meta WHERE key = 'search.lastCompaction'")
    .pluck()
    .get() as string | undefined;
  const since = now - Number(last);
  if (last !== undefined && since >= 0 && since < searchCompactionEveryMs) return false;
  compactSearchIndex(db, now);
  return true;
}
