import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { runMigrations } from '../db/migrations/runMigrations';
import { latestStamp } from './latestStamp';

describe('latestStamp', () => {
  const open: Array<{ close(): void }> = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));

  function logOf(changes: Array<[origin: string, seq: number, hlc: string]>) {
    const db = new Database(':memory:');
    open.push(db);
    runMigrations(db, migrations);
    const insert = db.prepare(
      `INSERT INTO changes (origin, seq, hlc, office, operator, entity, record_id, op, body, commit_last_seq, status)
       VALUES (?, ?, ?, 'o', 'p', 'case', 'r', 'create', '{}', ?, 'applied')`,
    );
    for (const [origin, seq, hlc] of changes) insert.run(origin, seq, hlc, seq);
    return db;
  }

  it('finds the same stamp as max(hlc) over every origin, whichever origin is ahead', () => {
    const db = logOf([
      ['NODE-A', 1, '000001700000000-0000'],
      ['NODE-A', 2, '000001700000005-0000'],
      ['NODE-B', 1, '000001700000001-0000'],
      ['NODE-B', 2, '000001700000009-0003'],
      ['NODE-C', 7, '000001700000002-0000'],
    ]);
    const { hlc } = db.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string };
    expect(latestStamp(db)).toBe(hlc);
    expect(hlc).toBe('000001700000009-0003');
  });

  it('is undefined on an empty log', () => {
    expect(latestStamp(logOf([]))).toBeUndefined();
  });
});
