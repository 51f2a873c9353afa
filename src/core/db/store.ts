/**
 * The encrypted node store: one SQLCipher database per node and its key file beside it.
 *
 * API summary
 *   createStore({ dbPath, passphrase, kdf?, nativeBinding? }) → { store, recoveryKey }
 *       creates the database and `<dbPath>.keys` (passphrase + recovery slots), runs the
 *       migrations; DATABASE_EXISTS if anything is already there; WEAK_PASSPHRASE.
 *   openStore({ dbPath, unlock, nativeBinding? }) → Store
 *       unlock = { passphrase } | { recoveryKey } | { osKeyStore }. Never creates a file, and
 *       a failed open leaves the database, its -wal and the key file byte-for-byte unchanged.
 *       Errors: DATABASE_MISSING, KEY_FILE_MISSING, KEY_FILE_DAMAGED, WRONG_PASSPHRASE,
 *       RECOVERY_KEY_MALFORMED, WRONG_RECOVERY_KEY, OS_KEYSTORE_UNAVAILABLE,
 *       NOT_A_SAMANVAY_DATABASE, DATABASE_DAMAGED, DATABASE_NEWER.
 *   storeExists(dbPath), keySlotsAvailable(dbPath) → ['passphrase', 'recovery', 'os'…]
 *   Store = { db, dbPath, keyFilePath, close() }
 * Key slots and key rotation (keySlots.ts): changePassphrase, addOsKeyStoreSlot,
 *   replaceRecoveryKey, removeSlot, listSlots, rekey.
 * Types: Db, ReadDb (openDatabase.ts); KdfParams, StoreOptions, UnlockSecret, OsKeyStore (types.ts).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { SamanvayError } from '../../shared/errors';
import { fsyncDirectory, fsyncFile } from './atomicFile';
import { randomKey } from './keyCrypto';
import { readKeyFile, writeKeyFile, type KeyFile } from './keyFile';
import { migrations } from './migrations';
import { latestVersion, runMigrations } from './migrations/runMigrations';
import { createDatabase, openDatabase, type Db } from './openDatabase';
import { databaseSalt, probeDatabase } from './probeDatabase';
import { newRecoveryKey } from './recoveryKey';
import {
  defaultKdf,
  keyFilePathFor,
  type SlotKind,
  type Store,
  type StoreOptions,
  type UnlockSecret,
} from './types';
import {
  checkNewPassphrase,
  makePassphraseSlot,
  makeRecoverySlot,
  unlockMasterKey,
  unwrapDataKeys,
  wrapDataKey,
} from './unlock';

export type {
  KdfParams,
  OsKeyStore,
  SlotInfo,
  SlotKind,
  Store,
  StoreOptions,
  UnlockSecret,
} from './types';
export type { Db, ReadDb } from './openDatabase';

function makeStore(db: Db, dbPath: string): Store {
  return {
    db,
    dbPath,
    keyFilePath: keyFilePathFor(dbPath),
    close() {
      if (db.open) db.close();
    },
  };
}

/** True when a database or a key file is at this path (so `createStore` would refuse). */
export function storeExists(dbPath: string): boolean {
  return existsSync(dbPath) || existsSync(keyFilePathFor(dbPath));
}

/** The kinds of slot that can unlock this store, read without any secret. KEY_FILE_MISSING, KEY_FILE_DAMAGED. */
export function keySlotsAvailable(dbPath: string): SlotKind[] {
  const kinds = new Set(readKeyFile(keyFilePathFor(dbPath)).slots.map((slot) => slot.kind));
  return (['passphrase', 'recovery', 'os'] as const).filter((kind) => kinds.has(kind));
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Creates a new store: the database is built and migrated under a temporary name, the key
 * file is written, then the database is renamed into place. A crash leaves either nothing,
 * or a key file without a database (DATABASE_MISSING on open, DATABASE_EXISTS on create).
 */
export async function createStore(
  options: StoreOptions & { passphrase: string },
): Promise<{ store: Store; recoveryKey: string }> {
  const { dbPath } = options;
  const keyFilePath = keyFilePathFor(dbPath);
  const passphrase = checkNewPassphrase(options.passphrase);
  const taken = () =>
    [dbPath, `${dbPath}-wal`, `${dbPath}-journal`, keyFilePath].some((path) => existsSync(path));
  if (taken()) throw new SamanvayError('DATABASE_EXISTS');

  const masterKey = randomKey();
  const dataKey = randomKey();
  const recovery = newRecoveryKey();
  const slots = [
    await makePassphraseSlot(passphrase, masterKey, options.kdf ?? defaultKdf),
    makeRecoverySlot(recovery.bytes, masterKey),
  ];
  const temporary = `${dbPath}.creating-${randomBytes(6).toString('hex')}`;
  let keyFileWritten = false;
  try {
    const db = createDatabase(temporary, dataKey, options);
    try {
      runMigrations(db, migrations);
    } finally {
      db.close(); // checkpoints and removes the -wal: the file alone is the database
    }
    // Encrypted, but still this user's alone (SQLite's -wal and -shm follow the file's mode).
    chmodSync(temporary, 0o600);
    fsyncFile(temporary);
    if (taken()) throw new SamanvayError('DATABASE_EXISTS');
    const body: KeyFile = {
      format: 'samanvay-keys',
      version: 1,
      slots,
      dataKeys: { current: wrapDataKey(masterKey, dataKey) },
      databaseSalt: databaseSalt(temporary),
    };
    writeKeyFile(keyFilePath, body);
    keyFileWritten = true;
    renameSync(temporary, dbPath);
    fsyncDirectory(dirname(dbPath));
  } catch (error) {
    removeDatabaseFiles(temporary);
    if (keyFileWritten && !existsSync(dbPath)) rmSync(keyFilePath, { force: true });
    throw error;
  }
  return {
    store: makeStore(openDatabase(dbPath, dataKey, options), dbPath),
    recoveryKey: recovery.text,
  };
}

/**
 * Opens a store with one secret: unwraps the data key from the key file, probes the database
 * read-only (right key, every page readable, schema not newer), then opens it read-write and
 * runs pending migrations. If a rekey was cut short, whichever key opens the database wins
 * and the key file is settled to it.
 */
export async function openStore(options: StoreOptions & { unlock: UnlockSecret }): Promise<Store> {
  const { dbPath } = options;
  const keyFilePath = keyFilePathFor(dbPath);
  if (!existsSync(dbPath)) throw new SamanvayError('DATABASE_MISSING');
  const keyFile = readKeyFile(keyFilePath);
  const { masterKey } = await unlockMasterKey(keyFile, options.unlock);
  const keys = unwrapDataKeys(keyFile, masterKey);
  const candidates = keys.pending ? [keys.current, keys.pending] : [keys.current];
  const probe = probeDatabase(dbPath, candidates, {
    ...options,
    knownSalts: keyFile.databaseSalt ? [keyFile.databaseSalt] : [],
    latestVersion: latestVersion(migrations),
  });
  const dataKey = candidates[probe.keyIndex] ?? keys.current;
  const db = openDatabase(dbPath, dataKey, options);
  try {
    runMigrations(db, migrations);
    settleKeyFile(keyFilePath, keyFile, probe.keyIndex, databaseSalt(dbPath));
  } catch (error) {
    db.close();
    throw error;
  }
  return makeStore(db, dbPath);
}

/** After a successful open: drop a pending data key (promoting it if it was the one that opened) and record the salt. */
function settleKeyFile(
  keyFilePath: string,
  keyFile: KeyFile,
  keyIndex: number,
  salt: string | undefined,
): void {
  const { current, pending } = keyFile.dataKeys;
  if (pending === undefined && salt === keyFile.databaseSalt) return;
  const settled = keyIndex === 1 && pending ? pending : current;
  writeKeyFile(keyFilePath, {
    ...keyFile,
    dataKeys: { current: settled },
    ...(salt ? { databaseSalt: salt } : {}),
  });
}
