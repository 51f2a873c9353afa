import { SamanvayError } from '../../shared/errors';
import { randomKey } from './keyCrypto';
import { readKeyFile, writeKeyFile, type KeyFile, type KeySlot } from './keyFile';
import { applyConnectionPragmas } from './openDatabase';
import { databaseSalt } from './probeDatabase';
import { newRecoveryKey } from './recoveryKey';
import {
  defaultKdf,
  keyFilePathFor,
  type OsKeyStore,
  type SlotInfo,
  type SlotKind,
  type Store,
  type StoreOptions,
  type UnlockSecret,
} from './types';
import {
  checkNewPassphrase,
  makeOsSlot,
  makePassphraseSlot,
  makeRecoverySlot,
  unlockMasterKey,
  unwrapDataKeys,
  wrapDataKey,
} from './unlock';

interface UnlockedKeyFile {
  keyFilePath: string;
  keyFile: KeyFile;
  masterKey: Buffer;
}

async function unlockKeyFile(dbPath: string, unlock: UnlockSecret): Promise<UnlockedKeyFile> {
  const keyFilePath = keyFilePathFor(dbPath);
  const keyFile = readKeyFile(keyFilePath);
  const { masterKey } = await unlockMasterKey(keyFile, unlock);
  unwrapDataKeys(keyFile, masterKey); // proves the master key before we seal it anywhere new
  return { keyFilePath, keyFile, masterKey };
}

function replaceSlotsOfKind(keyFile: KeyFile, kind: SlotKind, slot: KeySlot): KeyFile {
  return {
    ...keyFile,
    slots: [...keyFile.slots.filter((existing) => existing.kind !== kind), slot],
  };
}

/**
 * Sets the passphrase: afterwards exactly one passphrase slot exists, for `newPassphrase`.
 * Unlock with the old passphrase, the recovery key or the OS key store. WEAK_PASSPHRASE.
 */
export async function changePassphrase(
  options: StoreOptions & { unlock: UnlockSecret; newPassphrase: string },
): Promise<void> {
  const passphrase = checkNewPassphrase(options.newPassphrase);
  const { keyFilePath, keyFile, masterKey } = await unlockKeyFile(options.dbPath, options.unlock);
  const slot = await makePassphraseSlot(passphrase, masterKey, options.kdf ?? defaultKdf);
  writeKeyFile(keyFilePath, replaceSlotsOfKind(keyFile, 'passphrase', slot));
}

/** Lets this workstation's OS key store unlock the store (replacing any earlier OS slot). OS_KEYSTORE_UNAVAILABLE. */
export async function addOsKeyStoreSlot(
  options: StoreOptions & { unlock: UnlockSecret; osKeyStore: OsKeyStore },
): Promise<void> {
  if (!options.osKeyStore.isAvailable()) throw new SamanvayError('OS_KEYSTORE_UNAVAILABLE');
  const { keyFilePath, keyFile, masterKey } = await unlockKeyFile(options.dbPath, options.unlock);
  writeKeyFile(
    keyFilePath,
    replaceSlotsOfKind(keyFile, 'os', makeOsSlot(options.osKeyStore, masterKey)),
  );
}

/** Issues a new recovery key (returned, to be printed); the old one stops working. */
export async function replaceRecoveryKey(
  options: StoreOptions & { unlock: UnlockSecret },
): Promise<string> {
  const { keyFilePath, keyFile, masterKey } = await unlockKeyFile(options.dbPath, options.unlock);
  const recovery = newRecoveryKey();
  writeKeyFile(
    keyFilePath,
    replaceSlotsOfKind(keyFile, 'recovery', makeRecoverySlot(recovery.bytes, masterKey)),
  );
  return recovery.text;
}

/** Removes one slot. Needs no secret (whoever can write the file could delete it). LAST_SLOT, SLOT_NOT_FOUND. */
export function removeSlot(dbPath: string, slotId: string): void {
  const keyFilePath = keyFilePathFor(dbPath);
  const keyFile = readKeyFile(keyFilePath);
  if (!keyFile.slots.some((slot) => slot.id === slotId))
    throw new SamanvayError('SLOT_NOT_FOUND', undefined, { slotId });
  if (keyFile.slots.length === 1) throw new SamanvayError('LAST_SLOT');
  writeKeyFile(keyFilePath, {
    ...keyFile,
    slots: keyFile.slots.filter((slot) => slot.id !== slotId),
  });
}

/** The slots, without secrets. KEY_FILE_MISSING, KEY_FILE_DAMAGED. */
export function listSlots(dbPath: string): SlotInfo[] {
  return readKeyFile(keyFilePathFor(dbPath)).slots.map(({ id, kind, createdAt }) => ({
    id,
    kind,
    createdAt,
  }));
}

/** The points `rekey` reports as it passes them (crash tests kill the process at each). */
export type RekeyStep = 'pending-saved' | 'left-wal' | 'rekeyed' | 'back-to-wal' | 'done';

/**
 * Rotates the data key of an open store, crash-safely:
 * 1. the key file gets the new key as `pending` beside the current one;
 * 2. the WAL is checkpointed and the database leaves WAL mode (SQLite cannot rekey in WAL);
 * 3. `PRAGMA rekey` rewrites every page in one rollback-journal transaction;
 * 4. back to WAL; 5. the key file keeps only the new key.
 * The rekey keeps SQLCipher's salt, so a crash anywhere leaves a database that one of the two
 * keys opens (a hot journal is rolled back by the old key), and `openStore` settles the key
 * file; test/store/rekeyCrash.test.ts kills a child process at each step and at random. If the rekey itself
 * fails, the store is closed: open it again and the right key is found.
 * Photo files (`<dbPath>.photos/`) need nothing here: each is encrypted under its own key,
 * and those keys live only in the database, so rekeying the database rekeys their wrapping.
 */
export async function rekey(
  store: Store,
  unlock: UnlockSecret,
  onStep: (step: RekeyStep) => void = () => {},
): Promise<void> {
  const { keyFilePath, keyFile, masterKey } = await unlockKeyFile(store.dbPath, unlock);
  const { db } = store;
  const next = randomKey();
  writeKeyFile(keyFilePath, {
    ...keyFile,
    dataKeys: { current: keyFile.dataKeys.current, pending: wrapDataKey(masterKey, next) },
  });
  onStep('pending-saved');
  try {
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (checkpoint?.busy !== 0)
      throw new SamanvayError('INTERNAL', 'The database is busy: the rekey needs it alone.');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete')
      throw new SamanvayError('INTERNAL', `Could not leave WAL (got ${String(mode)}).`);
  } catch (error) {
    // Nothing is rekeyed yet: back to WAL and the old key alone.
    applyConnectionPragmas(db);
    writeKeyFile(keyFilePath, keyFile);
    throw error;
  }
  onStep('left-wal');
  try {
    // Keep SQLCipher's salt (the file's first 16 bytes). By default the rekey draws a new one
    // and writes page 1 first; a crash mid-rewrite then leaves a hot journal that neither key
    // can roll back, because the old key is paired with the new salt read from page 1.
    const salt = databaseSalt(store.dbPath);
    if (salt === undefined)
      throw new SamanvayError('INTERNAL', 'The database has no salt to keep.');
    db.pragma(`rekey="x'${next.toString('hex')}${salt}'"`);
    onStep('rekeyed');
    applyConnectionPragmas(db);
    onStep('back-to-wal');
  } catch (error) {
    store.close();
    throw error;
  }
  writeKeyFile(keyFilePath, { ...keyFile, dataKeys: { current: wrapDataKey(masterKey, next) } });
  onStep('done');
}
