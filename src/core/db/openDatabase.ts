import { existsSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { SamanvayError } from '../../shared/errors';

/** A read-write connection to a node database. */
export type Db = Database.Database;

/**
 * What read functions need: repositories take a `ReadDb` to say they do not write.
 * (SQLite does not enforce it; the type documents it and keeps `exec`/`close` out of reach.)
 */
export type ReadDb = Pick<
  Db,
  'prepare' | 'transaction' | 'pragma' | 'inTransaction' | 'open' | 'name'
>;

/** How to reach the native SQLite binding. */
export interface OpenDatabaseOptions {
  /** Path of the better-sqlite3 binary (the Electron build ships its own). */
  nativeBinding?: string;
}

/** Connects to an existing file (never creates one) and keys it in SQLCipher v4 mode. */
export function connect(
  path: string,
  key: Buffer,
  options: OpenDatabaseOptions & { readonly: boolean },
): Db {
  const db = new Database(path, {
    fileMustExist: true,
    readonly: options.readonly,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    applyKey(db, key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The page size of every Samanvay database; SQLCipher needs it before the key. */
export const cipherPageSize = 16384;

/** Selects SQLCipher v4 and sets the raw 256-bit key (no SQLCipher KDF). */
export function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new SamanvayError('INTERNAL', 'A database key must be 32 bytes.');
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  // SQLCipher 4 format with 16 KiB pages (`cipher_page_size = 16384` in SQLCipher's terms):
  // a quarter of the pages to encrypt, authenticate and write per commit than 4 KiB pages.
  db.pragma(`legacy_page_size=${cipherPageSize}`);
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/** Reads the schema: the first read that needs the key to be right. */
export function verifyKey(db: Db): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

/**
 * A connection's page cache in KiB: 64 MiB of decrypted pages (SQLite's default is 2 MiB):
 * every page read from the file is decrypted and authenticated, so a page kept is work saved.
 */
export const usualCacheKib = 64 * 1024;

/** WAL, foreign keys and full fsync on every commit: what every read-write connection uses. */
export function applyConnectionPragmas(db: Db): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal')
    throw new SamanvayError('INTERNAL', `Could not switch to WAL (got ${String(mode)}).`);
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma(`cache_size = -${usualCacheKib}`);
  // Statement journals in memory, not in a temporary file: a statement whose trigger writes
  // another table journals every 16 KiB page it touches first, and past 64 KiB SQLite spills
  // that to a file (profiled: a third of the cost of such a statement). Temporary tables and
  // large sorts stay in memory too, which also keeps decrypted pages off the disk.
  db.pragma('temp_store = MEMORY');
}

/**
 * Opens an existing database read-write with a key the caller has already verified
 * (see `probeDatabase`), and applies the connection pragmas. Never creates a file.
 */
export function openDatabase(path: string, key: Buffer, options: OpenDatabaseOptions = {}): Db {
  const db = connect(path, key, { ...options, readonly: false });
  try {
    verifyKey(db);
    applyConnectionPragmas(db);
    return db;
  } catch (error) {
    db.close();
    throw classifySqliteError(error);
  }
}

/**
 * Creates a new database file keyed with `key`, in WAL mode. Only `createStore` calls this,
 * on a fresh temporary path; every other open goes through `openDatabase` and never creates.
 */
export function createDatabase(path: string, key: Buffer, options: OpenDatabaseOptions = {}): Db {
  if (existsSync(path)) throw new SamanvayError('DATABASE_EXISTS');
  const db = new Database(
    path,
    options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
  );
  try {
    applyKey(db, key);
    verifyKey(db);
    applyConnectionPragmas(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The SQLite result code name (`SQLITE_NOTADB`…) of an error from better-sqlite3, if any. */
export function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  return undefined;
}

/** Maps a SQLite failure on a keyed database to a Samanvay error code. */
export function classifySqliteError(error: unknown): unknown {
  if (error instanceof SamanvayError) return error;
  const code = sqliteCode(error);
  if (code === undefined) return error;
  if (code === 'SQLITE_NOTADB')
    return new SamanvayError('NOT_A_SAMANVAY_DATABASE', undefined, { sqlite: code });
  if (code.startsWith('SQLITE_CORRUPT'))
    return new SamanvayError('DATABASE_DAMAGED', undefined, { sqlite: code });
  return new SamanvayError('INTERNAL', undefined, {
    sqlite: code,
    cause: (error as Error).message,
  });
}
