import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { SamanvayError } from '../../shared/errors';
import { schemaVersion } from './migrations/runMigrations';
import {
  classifySqliteError,
  connect,
  sqliteCode,
  verifyKey,
  type Db,
  type OpenDatabaseOptions,
} from './openDatabase';

/** What the probe needs besides the keys. */
export interface ProbeOptions extends OpenDatabaseOptions {
  /** Salts (hex) the key file says our database had: a match means "ours, but damaged". */
  knownSalts: string[];
  /** The schema version this build migrates to; a later one is DATABASE_NEWER. */
  latestVersion: number;
  /** Largest database checked in full at open (default fullCheckMaxBytes). */
  fullCheckMaxBytes?: number | undefined;
}

/** Which key opened the database, and its schema version. */
export interface ProbeResult {
  keyIndex: number;
  userVersion: number;
}

const plainSqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function firstBytes(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The database file's SQLCipher salt (its first 16 bytes), hex, or undefined for a short file. */
export function databaseSalt(path: string): string | undefined {
  const head = firstBytes(path, 16);
  return head.length === 16 ? head.toString('hex') : undefined;
}

/** Why no key opened the file: a plain SQLite file or a stranger, or our own file damaged on page 1. */
function classifyUnopenable(path: string, knownSalts: string[]): SamanvayError {
  const head = firstBytes(path, 16);
  if (head.equals(plainSqliteHeader))
    return new SamanvayError('NOT_A_SAMANVAY_DATABASE', undefined, {
      problem: 'unencrypted SQLite',
    });
  if (head.length === 16 && knownSalts.includes(head.toString('hex'))) {
    return new SamanvayError('DATABASE_DAMAGED', undefined, { problem: 'first page' });
  }
  return new SamanvayError('NOT_A_SAMANVAY_DATABASE');
}

/** Connects and reads the schema; undefined when the key does not fit (SQLITE_NOTADB). */
function connectWithKey(path: string, key: Buffer, options: OpenDatabaseOptions): Db | undefined {
  for (const readonly of [true, false]) {
    let db: Db | undefined;
    try {
      db = connect(path, key, { ...options, readonly });
      verifyKey(db);
      return db;
    } catch (error) {
      db?.close();
      const code = sqliteCode(error);
      if (code === 'SQLITE_NOTADB') return undefined;
      // A hot rollback journal (a rekey cut short) needs a writer to roll it back: a
      // read-write connection whose key does not fit fails before touching anything.
      if (readonly && code?.startsWith('SQLITE_READONLY')) continue;
      throw classifySqliteError(error);
    }
  }
  return undefined;
}

/**
 * Up to this size (database plus WAL) every open runs `PRAGMA quick_check`; it costs about
 * 6 ms a megabyte here, so a larger database is checked page by page as it is read (a damaged
 * page then fails its query with DATABASE_DAMAGED) and in full by `samanvay unlock-check`.
 */
export const fullCheckMaxBytes = 48 * 1024 * 1024;

/** Runs `PRAGMA quick_check` (every page read and authenticated); DATABASE_DAMAGED if not ok. */
export function checkIntegrity(db: Db): void {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new SamanvayError('DATABASE_DAMAGED', undefined, {
      problems: rows.slice(0, 5).map((row) => row.quick_check),
    });
  }
}

/** Checks a small database in full (see fullCheckMaxBytes) and reads user_version. */
function checkDatabase(db: Db, full: boolean): number {
  try {
    if (full) checkIntegrity(db);
    else db.prepare('SELECT count(*) FROM sqlite_master').get();
    return schemaVersion(db);
  } catch (error) {
    // Page 1 has already decrypted, so any page that does not is damage, not a wrong key.
    if (sqliteCode(error) === 'SQLITE_NOTADB')
      throw new SamanvayError('DATABASE_DAMAGED', undefined, { sqlite: 'SQLITE_NOTADB' });
    throw classifySqliteError(error);
  }
}

function tryKey(
  path: string,
  key: Buffer,
  options: ProbeOptions,
  full: boolean,
): number | undefined {
  const db = connectWithKey(path, key, options);
  if (db === undefined) return undefined;
  try {
    return checkDatabase(db, full);
  } finally {
    db.close();
  }
}

/**
 * Finds which of `keys` opens the database and checks it, changing nothing: the connection is
 * read-only (so it never checkpoints a WAL into the file), and the empty -wal/-shm files a
 * read-only connection creates are removed again if the probe fails. The one write it may
 * cause is SQLite rolling back a hot journal left by a rekey cut short, with the right key.
 * Throws NOT_A_SAMANVAY_DATABASE, DATABASE_DAMAGED or DATABASE_NEWER.
 */
export function probeDatabase(path: string, keys: Buffer[], options: ProbeOptions): ProbeResult {
  const stat = statSync(path);
  if (!stat.isFile()) {
    throw new SamanvayError('NOT_A_SAMANVAY_DATABASE', undefined, { problem: 'not a file' });
  }
  // SQLite deletes the -wal beside an empty database file, even read-only: never let it see one.
  if (stat.size < 512) {
    throw new SamanvayError('NOT_A_SAMANVAY_DATABASE', undefined, { problem: 'too short' });
  }
  const walBytes = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
  const full = stat.size + walBytes <= (options.fullCheckMaxBytes ?? fullCheckMaxBytes);
  const walBefore = existsSync(`${path}-wal`);
  const shmBefore = existsSync(`${path}-shm`);
  try {
    for (const [keyIndex, key] of keys.entries()) {
      const userVersion = tryKey(path, key, options, full);
      if (userVersion === undefined) continue;
      // createStore publishes a database only after its first migration: version 0 is not ours.
      if (userVersion === 0)
        throw new SamanvayError('NOT_A_SAMANVAY_DATABASE', undefined, { problem: 'no schema' });
      if (userVersion > options.latestVersion) {
        throw new SamanvayError('DATABASE_NEWER', undefined, {
          version: userVersion,
          latest: options.latestVersion,
        });
      }
      return { keyIndex, userVersion };
    }
    throw classifyUnopenable(path, options.knownSalts);
  } catch (error) {
    if (!walBefore && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0)
      rmSync(`${path}-wal`);
    if (!shmBefore && !existsSync(`${path}-wal`)) rmSync(`${path}-shm`, { force: true });
    throw error;
  }
}
