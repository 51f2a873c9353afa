import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import {
  compactSearchIndexIfDue,
  scheduleSearchCompaction,
  searchCompactionCheckEveryMs,
  searchCompactionEveryMs,
  searchCompactionFirstAfterMs,
} from './searchCompaction';
import { rebuildSearchIndexIfDue } from './searchIndexer';

const day = searchCompactionEveryMs;
const start = Date.UTC(2026, 0, 5, 4, 30);

function withIndex(test: (db: ReturnType<typeof scratchDatabase>['db']) => void): void {
  const scratch = scratchDatabase(migrations, migrations.length);
  try {
    const insert = scratch.db.prepare(
      'INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)',
    );
    for (let rowid = 1; rowid <= 50; rowid += 1)
      insert.run(rowid, `Case ${rowid}`, rowid % 2 ? 'chain snatching' : 'bike theft');
    test(scratch.db);
  } finally {
    scratch.close();
  }
}

const meta = (db: ReturnType<typeof scratchDatabase>['db'], key: string) =>
  db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key);

/** Makes a compaction fail at its last write, as a full disk would (and its note of when). */
const failCompaction = (db: ReturnType<typeof scratchDatabase>['db']) =>
  db.exec(
    "CREATE TEMP TRIGGER full BEFORE INSERT ON main.meta WHEN NEW.key = 'search.lastCompaction' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
  );

const matches = (db: ReturnType<typeof scratchDatabase>['db'], word: string) =>
  db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ?').pluck().get(word);

describe('search index compaction', () => {
  it('runs at the first open, then at most once a day', () => {
    withIndex((db) => {
      expect(compactSearchIndexIfDue(db, start)).toBe('compacted');
      expect(compactSearchIndexIfDue(db, start + 1)).toBe('notDue');
      expect(compactSearchIndexIfDue(db, start + day - 1)).toBe('notDue');
      expect(compactSearchIndexIfDue(db, start + day)).toBe('compacted');
      expect(compactSearchIndexIfDue(db, start + day + 60_000)).toBe('notDue');
      expect(matches(db, 'chain')).toBe(25);
    });
  });

  it('is not put off by a clock set back', () => {
    withIndex((db) => {
      expect(compactSearchIndexIfDue(db, start + 300 * day)).toBe('compacted');
      expect(compactSearchIndexIfDue(db, start)).toBe('compacted');
      expect(compactSearchIndexIfDue(db, start + 1)).toBe('notDue');
    });
  });

  it('follows a full rebuild of the index, which counts as that day’s compaction', () => {
    withIndex((db) => {
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.rebuild', '1')").run();
      expect(rebuildSearchIndexIfDue(db, start)).toBe(true);
      expect(
        db.prepare("SELECT value FROM meta WHERE key = 'search.lastCompaction'").pluck().get(),
      ).toBe(String(start));
      expect(compactSearchIndexIfDue(db, start + 1)).toBe('notDue');
    });
  });

  it('never throws when it fails, and notes the failure without its message', () => {
    withIndex((db) => {
      failCompaction(db);
      expect(compactSearchIndexIfDue(db, start)).toBe('failed');
      expect(meta(db, 'search.compactionFailed')).toBe(`${start} SQLITE_CONSTRAINT_TRIGGER`);
      expect(matches(db, 'chain')).toBe(25);
      db.exec('DROP TRIGGER full');
      expect(compactSearchIndexIfDue(db, start + 1)).toBe('compacted');
      expect(meta(db, 'search.compactionFailed')).toBeUndefined();
    });
  });

  it('never throws on a read-only database, where even the note fails', () => {
    withIndex((db) => {
      db.pragma('query_only = ON');
      expect(compactSearchIndexIfDue(db, start)).toBe('failed');
      expect(matches(db, 'bike')).toBe(25);
      db.pragma('query_only = OFF');
      expect(compactSearchIndexIfDue(db, start + 1)).toBe('compacted');
    });
  });

  it('leaves a rebuilt index working when the compaction after it fails', () => {
    withIndex((db) => {
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.rebuild', '1')").run();
      failCompaction(db);
      expect(rebuildSearchIndexIfDue(db, start)).toBe(true);
      expect(meta(db, 'search.rebuild')).toBeUndefined();
      expect(meta(db, 'search.compactionFailed')).toBe(`${start} SQLITE_CONSTRAINT_TRIGGER`);
    });
  });
});

describe('scheduleSearchCompaction', () => {
  afterEach(() => vi.useRealTimers());

  it('waits after the unlock, then keeps the daily rule, looking every hour', () => {
    vi.useFakeTimers();
    withIndex((db) => {
      let now = start;
      const stop = scheduleSearchCompaction(db, { now: () => now });
      const advance = (ms: number) => {
        now += ms;
        vi.advanceTimersByTime(ms);
      };
      expect(meta(db, 'search.lastCompaction')).toBeUndefined();
      advance(searchCompactionFirstAfterMs);
      const first = now;
      expect(meta(db, 'search.lastCompaction')).toBe(String(first));
      advance(day - searchCompactionCheckEveryMs);
      expect(meta(db, 'search.lastCompaction')).toBe(String(first));
      advance(searchCompactionCheckEveryMs);
      expect(meta(db, 'search.lastCompaction')).toBe(String(first + day));
      stop();
    });
  });

  it('does nothing once stopped, so a close cancels a pending compaction', () => {
    vi.useFakeTimers();
    withIndex((db) => {
      const stop = scheduleSearchCompaction(db, { now: () => start });
      stop();
      vi.advanceTimersByTime(10 * day);
      expect(meta(db, 'search.lastCompaction')).toBeUndefined();
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('survives a failing compaction, tries again a day later, and stops at a closed database', () => {
    vi.useFakeTimers();
    withIndex((db) => {
      let now = start;
      failCompaction(db);
      scheduleSearchCompaction(db, { now: () => now });
      vi.advanceTimersByTime(searchCompactionFirstAfterMs);
      expect(meta(db, 'search.compactionFailed')).toBe(`${start} SQLITE_CONSTRAINT_TRIGGER`);
      db.exec('DROP TRIGGER full');
      now += day - 1;
      vi.advanceTimersByTime(day - 1);
      expect(meta(db, 'search.lastCompaction')).toBeUndefined();
      now += 1;
      vi.advanceTimersByTime(1);
      expect(meta(db, 'search.lastCompaction')).toBe(String(now));
      db.close();
      vi.advanceTimersByTime(2 * day);
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
