import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDirectory } from './dbTestKit';
import { randomKey } from './keyCrypto';
import { createDatabase, openDatabase } from './openDatabase';

describe('openDatabase', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  const directory = () => {
    const temporary = temporaryDirectory();
    cleanups.push(temporary.remove);
    return temporary.directory;
  };

  it('opens with WAL, foreign keys and full fsync, and what it writes is encrypted', () => {
    const path = join(directory(), 'node.db');
    const key = randomKey();
    const created = createDatabase(path, key);
    created.exec(
      "CREATE TABLE secret (value TEXT); INSERT INTO secret VALUES ('Dhanbad suspect list')",
    );
    created.close();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('Dhanbad'))).toBe(false);

    const db = openDatabase(path, key);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.prepare('SELECT value FROM secret').pluck().get()).toBe('Dhanbad suspect list');
    db.close();
  });

  it('never creates a file', () => {
    const path = join(directory(), 'absent.db');
    expect(() => openDatabase(path, randomKey())).toThrow();
    expect(existsSync(path)).toBe(false);
  });

  it('reads a wrong key or an unencrypted SQLite file as not ours', () => {
    const root = directory();
    const path = join(root, 'node.db');
    createDatabase(path, randomKey()).close();
    expect(() => openDatabase(path, randomKey())).toThrow(
      expect.objectContaining({ code: 'NOT_A_SAMANVAY_DATABASE' }),
    );
    const plainPath = join(root, 'plain.db');
    const plain = new Database(plainPath);
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    expect(() => openDatabase(plainPath, randomKey())).toThrow(
      expect.objectContaining({ code: 'NOT_A_SAMANVAY_DATABASE' }),
    );
  });

  it('refuses to create over an existing file', () => {
    const path = join(directory(), 'node.db');
    createDatabase(path, randomKey()).close();
    expect(() => createDatabase(path, randomKey())).toThrow(
      expect.objectContaining({ code: 'DATABASE_EXISTS' }),
    );
  });
});
