import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeOsKeyStore, snapshotDirectory, temporaryDirectory, testKdf } from './dbTestKit';
import { addOsKeyStoreSlot } from './keySlots';
import { migrations } from './migrations';
import { latestVersion, schemaVersion } from './migrations/runMigrations';
import { createStore, keySlotsAvailable, openStore, storeExists } from './store';

const passphrase = 'Dhanbad control room 7';

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('store', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  const newPath = () => {
    const temporary = temporaryDirectory();
    cleanups.push(temporary.remove);
    return join(temporary.directory, 'node.db');
  };

  it('creates a migrated database and a 0600 key file, then opens with passphrase or recovery key', async () => {
    const dbPath = newPath();
    expect(storeExists(dbPath)).toBe(false);
    const { store, recoveryKey } = await createStore({ dbPath, passphrase, kdf: testKdf });
    expect(store.keyFilePath).toBe(`${dbPath}.keys`);
    expect(schemaVersion(store.db)).toBe(latestVersion(migrations));
    store.db.prepare("INSERT INTO meta (key, value) VALUES ('office', 'Dhanbad')").run();
    store.close();
    store.close(); // closing twice is harmless
    expect(storeExists(dbPath)).toBe(true);
    expect(statSync(store.keyFilePath).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dbPath, '..')).sort()).toEqual(['node.db', 'node.db.keys']);
    expect(keySlotsAvailable(dbPath)).toEqual(['passphrase', 'recovery']);

    for (const unlock of [
      { passphrase },
      { recoveryKey },
      { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, '') },
    ]) {
      const opened = await openStore({ dbPath, unlock });
      expect(opened.db.prepare("SELECT value FROM meta WHERE key = 'office'").pluck().get()).toBe(
        'Dhanbad',
      );
      opened.close();
    }
  });

  it('opens with the OS key store once a slot is added', async () => {
    const dbPath = newPath();
    const osKeyStore = fakeOsKeyStore();
    (await createStore({ dbPath, passphrase, kdf: testKdf })).store.close();
    await addOsKeyStoreSlot({ dbPath, unlock: { passphrase }, osKeyStore });
    expect(keySlotsAvailable(dbPath)).toEqual(['passphrase', 'recovery', 'os']);
    (await openStore({ dbPath, unlock: { osKeyStore } })).close();
    expect(
      await codeOf(() => openStore({ dbPath, unlock: { osKeyStore: fakeOsKeyStore() } })),
    ).toBe('OS_KEYSTORE_UNAVAILABLE');
  });

  it('refuses to create where a database, its WAL or a key file exists, touching nothing', async () => {
    for (const existing of ['node.db', 'node.db-wal', 'node.db.keys']) {
      const dbPath = newPath();
      writeFileSync(join(dbPath, '..', existing), 'already here');
      const before = snapshotDirectory(join(dbPath, '..'));
      expect(storeExists(dbPath)).toBe(existing !== 'node.db-wal');
      expect(await codeOf(() => createStore({ dbPath, passphrase, kdf: testKdf }))).toBe(
        'DATABASE_EXISTS',
      );
      expect(snapshotDirectory(join(dbPath, '..'))).toEqual(before);
    }
  });

  it('refuses a weak passphrase before creating anything', async () => {
    const dbPath = newPath();
    expect(await codeOf(() => createStore({ dbPath, passphrase: 'short', kdf: testKdf }))).toBe(
      'WEAK_PASSPHRASE',
    );
    expect(readdirSync(join(dbPath, '..'))).toEqual([]);
  });

  it('never creates a database when opening, and says which file is missing', async () => {
    const dbPath = newPath();
    expect(await codeOf(() => openStore({ dbPath, unlock: { passphrase } }))).toBe(
      'DATABASE_MISSING',
    );
    expect(existsSync(dbPath)).toBe(false);
    expect(() => keySlotsAvailable(dbPath)).toThrow(
      expect.objectContaining({ code: 'KEY_FILE_MISSING' }),
    );
  });

  it('uses the default scrypt cost when none is given', async () => {
    const dbPath = newPath();
    const { store } = await createStore({ dbPath, passphrase });
    store.close();
    const { readKeyFile } = await import('./keyFile');
    const slot = readKeyFile(store.keyFilePath).slots.find((each) => each.kind === 'passphrase');
    expect(slot && 'kdf' in slot && slot.kdf).toMatchObject({
      name: 'scrypt',
      N: 2 ** 17,
      r: 8,
      p: 1,
    });
  });
});
