import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import { compactSearchIndexIfDue, searchCompactionEveryMs } from './searchCompaction';
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

const matches = (db: ReturnType<typeof scratchDatabase>['db'], word: string) =>
  db.prepare('SELECT count(*) FROM search_text WHERE search_text MATCH ?').pluck().get(word);

describe('search index compaction', () => {
  it('runs at the first open, then at most once a day', () => {
    withIndex((db) => {
      expect(compactSearchIndexIfDue(db, start)).toBe(true);
      expect(compactSearchIndexIfDue(db, start + 1)).toBe(false);
      expect(compactSearchIndexIfDue(db, start + day - 1)).toBe(false);
      expect(compactSearchIndexIfDue(db, start + day)).toBe(true);
      expect(compactSearchIndexIfDue(db, start + day + 60_000)).toBe(false);
      expect(matches(db, 'chain')).toBe(25);
    });
  });

  it('is not put off by a clock set back', () => {
    withIndex((db) => {
      expect(compactSearchIndexIfDue(db, start + 300 * day)).toBe(true);
      expect(compactSearchIndexIfDue(db, start)).toBe(true);
      expect(compactSearchIndexIfDue(db, start + 1)).toBe(false);
    });
  });

  it('follows a full rebuild of the index, which counts as that day’s compaction', () => {
    withIndex((db) => {
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.rebuild', '1')").run();
      expect(rebuildSearchIndexIfDue(db, start)).toBe(true);
      expect(
        db.prepare("SELECT value FROM meta WHERE key = 'search.lastCompaction'").pluck().get(),
      ).toBe(String(start));
      expect(compactSearchIndexIfDue(db, start + 1)).toBe(false);
    });
  });
});
