import type { Db } from '../db/openDatabase';
import type { WallClock } from '../wallClock';

/** How often a long-lived node merges the full-text index (FTS5 'optimize'). */
export const searchCompactionEveryMs = 24 * 60 * 60_000;

/** How long after an unlock the first look at the daily compaction waits. */
export const searchCompactionFirstAfterMs = 2 * 60_000;

/** How often a long-lived node looks whether the daily compaction is due. */
export const searchCompactionCheckEveryMs = 60 * 60_000;

/** What a compaction attempt came to. */
export type CompactionOutcome = 'compacted' | 'failed' | 'notDue';

const setMeta = (db: Db, key: string, value: string) =>
  db
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, value);

/**
 * Merges the full-text index's segments into one (FTS5 'optimize') and notes when, in meta
 * `search.lastCompaction`. Every write adds a small segment, and a query reads each segment
 * holding one of its words: after a day of writes, or a rebuild, one segment answers faster.
 * Throws what SQLite throws (a full disk, a busy or read-only database).
 */
export function compactSearchIndex(db: Db, now: number): void {
  db.transaction(() => {
    db.prepare("INSERT INTO search_text (search_text) VALUES ('optimize')").run();
    setMeta(db, 'search.lastCompaction', String(now));
    db.prepare("DELETE FROM meta WHERE key = 'search.compactionFailed'").run();
  })();
}

/**
 * `compactSearchIndex`, best effort: the index works unmerged, only a little slower, so a
 * failure is never passed on. It is noted instead, as `search.compactionFailed` (the time and
 * SQLite's code, never its message, which may quote data) and `search.lastCompaction`, so the
 * next try is a day later (a disk full now is likely full in an hour). A database that takes
 * no write keeps neither note; `scheduleSearchCompaction` then waits the day itself.
 */
export function tryCompactSearchIndex(db: Db, now: number): 'compacted' | 'failed' {
  try {
    compactSearchIndex(db, now);
    return 'compacted';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const note = (key: string, value: string) => {
      try {
        setMeta(db, key, value);
      } catch {
        // Each note is kept where it can be; the failure itself is already handled.
      }
    };
    note('search.compactionFailed', `${now} ${typeof code === 'string' ? code : 'unknown'}`);
    note('search.lastCompaction', String(now));
    return 'failed';
  }
}

/**
 * Compacts the full-text index at most once a day (it rewrites the whole index: seconds on a
 * large office), best effort. A last compaction later than `now` (a clock set back) counts as
 * due, so a wrong clock cannot put it off.
 */
export function compactSearchIndexIfDue(db: Db, now: number): CompactionOutcome {
  const last = db
    .prepare("SELECT value FROM meta WHERE key = 'search.lastCompaction'")
    .pluck()
    .get() as string | undefined;
  const since = now - Number(last);
  if (last !== undefined && since >= 0 && since < searchCompactionEveryMs) return 'notDue';
  return tryCompactSearchIndex(db, now);
}

/**
 * Runs the daily compaction in the background of a long-lived node (the app, the harness,
 * `samanvay node`), never during its unlock: a first look `firstAfterMs` after, then one an
 * hour, a day after a failure. The timer never keeps the process alive. The returned stop
 * cancels a pending look; a compaction runs synchronously, so none is half-done at a stop.
 */
export function scheduleSearchCompaction(
  db: Db,
  clock: WallClock,
  firstAfterMs = searchCompactionFirstAfterMs,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const after = (delay: number) => {
    timer = setTimeout(look, delay);
    timer.unref();
  };
  function look(): void {
    if (!db.open) return;
    let outcome: CompactionOutcome;
    try {
      outcome = compactSearchIndexIfDue(db, clock.now());
    } catch {
      // Reading the meta table failed: the database is in trouble the open screens will show.
      outcome = 'failed';
    }
    after(outcome === 'failed' ? searchCompactionEveryMs : searchCompactionCheckEveryMs);
  }
  after(firstAfterMs);
  return () => clearTimeout(timer);
}
