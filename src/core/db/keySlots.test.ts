import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeOsKeyStore, temporaryDirectory, testKdf } from './dbTestKit';
import { readKeyFile } from './keyFile';
import {
  addOsKeyStoreSlot,
  changePassphrase,
  listSlots,
  rekey,
  removeSlot,
  replaceRecoveryKey,
  type RekeyStep,
} from './keySlots';
import { createStore, openStore } from './store';
import { unlockMasterKey, unwrapDataKeys } from './unlock';

const passphrase = 'Asansol night shift';

const codeOf = async (run: () => unknown) => {
  try {
    await run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('key slot management', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  const newStore = async () => {
    const temporary = temporaryDirectory();
    cleanups.push(temporary.remove);
    const dbPath = join(temporary.directory, 'node.db');
    const { store, recoveryKey } = await createStore({ dbPath, passphrase, kdf: testKdf });
    store.db.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'kept')").run();
    store.close();
    return { dbPath, recoveryKey };
  };
  const marker = async (dbPath: string, unlock: Parameters<typeof openStore>[0]['unlock']) => {
    const store = await openStore({ dbPath, unlock });
    const value = store.db.prepare("SELECT value FROM meta WHERE key = 'marker'").pluck().get();
    store.close();
    return value;
  };

  it('changes the passphrase: the new one opens, the old one no longer does, the recovery key still does', async () => {
    const { dbPath, recoveryKey } = await newStore();
    await changePassphrase({
      dbPath,
      kdf: testKdf,
      unlock: { passphrase },
      newPassphrase: 'a brand new passphrase',
    });
    expect(await marker(dbPath, { passphrase: 'a brand new passphrase' })).toBe('kept');
    expect(await codeOf(() => openStore({ dbPath, unlock: { passphrase } }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await marker(dbPath, { recoveryKey })).toBe('kept');
    expect(
      listSlots(dbPath)
        .map((slot) => slot.kind)
        .sort(),
    ).toEqual(['passphrase', 'recovery']);
  });

  it('resets a forgotten passphrase with the recovery key', async () => {
    const { dbPath, recoveryKey } = await newStore();
    await changePassphrase({
      dbPath,
      kdf: testKdf,
      unlock: { recoveryKey },
      newPassphrase: 'remembered this time',
    });
    expect(await marker(dbPath, { passphrase: 'remembered this time' })).toBe('kept');
  });

  it('refuses a weak new passphrase and a wrong unlock, leaving the key file as it was', async () => {
    const { dbPath } = await newStore();
    const before = readFileSync(`${dbPath}.keys`);
    expect(
      await codeOf(() =>
        changePassphrase({ dbPath, kdf: testKdf, unlock: { passphrase }, newPassphrase: 'tiny' }),
      ),
    ).toBe('WEAK_PASSPHRASE');
    expect(
      await codeOf(() =>
        changePassphrase({
          dbPath,
          kdf: testKdf,
          unlock: { passphrase: 'not the passphrase' },
          newPassphrase: 'long enough now',
        }),
      ),
    ).toBe('WRONG_PASSPHRASE');
    expect(
      await codeOf(() =>
        addOsKeyStoreSlot({
          dbPath,
          unlock: { passphrase },
          osKeyStore: fakeOsKeyStore({ available: false }),
        }),
      ),
    ).toBe('OS_KEYSTORE_UNAVAILABLE');
    expect(readFileSync(`${dbPath}.keys`)).toEqual(before);
  });

  it('replaces the recovery key: the old one stops working', async () => {
    const { dbPath, recoveryKey } = await newStore();
    const fresh = await replaceRecoveryKey({ dbPath, unlock: { passphrase } });
    expect(fresh).not.toBe(recoveryKey);
    expect(await marker(dbPath, { recoveryKey: fresh })).toBe('kept');
    expect(await codeOf(() => openStore({ dbPath, unlock: { recoveryKey } }))).toBe(
      'WRONG_RECOVERY_KEY',
    );
  });

  it('keeps one OS slot per store, replacing it when added again', async () => {
    const { dbPath } = await newStore();
    const first = fakeOsKeyStore();
    const second = fakeOsKeyStore();
    await addOsKeyStoreSlot({ dbPath, unlock: { passphrase }, osKeyStore: first });
    await addOsKeyStoreSlot({ dbPath, unlock: { osKeyStore: first }, osKeyStore: second });
    expect(listSlots(dbPath).filter((slot) => slot.kind === 'os')).toHaveLength(1);
    expect(await marker(dbPath, { osKeyStore: second })).toBe('kept');
  });

  it('removes slots but never the last one', async () => {
    const { dbPath, recoveryKey } = await newStore();
    const slots = listSlots(dbPath);
    expect(slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recovery']);
    expect(slots.every((slot) => !Number.isNaN(Date.parse(slot.createdAt)))).toBe(true);
    expect(await codeOf(() => removeSlot(dbPath, 'nosuchslot'))).toBe('SLOT_NOT_FOUND');
    removeSlot(dbPath, slots[0]!.id);
    expect(await codeOf(() => openStore({ dbPath, unlock: { passphrase } }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await marker(dbPath, { recoveryKey })).toBe('kept');
    expect(await codeOf(() => removeSlot(dbPath, slots[1]!.id))).toBe('LAST_SLOT');
    expect(listSlots(dbPath)).toEqual([slots[1]]);
  });

  it('rekeys: data survives, every slot still opens, the old data key no longer does', async () => {
    const { dbPath, recoveryKey } = await newStore();
    const osKeyStore = fakeOsKeyStore();
    await addOsKeyStoreSlot({ dbPath, unlock: { passphrase }, osKeyStore });
    const before = readKeyFile(`${dbPath}.keys`);
    const { masterKey } = await unlockMasterKey(before, { passphrase });
    const oldKey = unwrapDataKeys(before, masterKey).current;

    const saltBefore = readFileSync(dbPath).subarray(0, 16);
    const store = await openStore({ dbPath, unlock: { passphrase } });
    const steps: RekeyStep[] = [];
    await rekey(store, { recoveryKey }, (step) => steps.push(step));
    expect(steps).toEqual(['pending-saved', 'left-wal', 'rekeyed', 'back-to-wal', 'done']);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.db.prepare("INSERT INTO meta (key, value) VALUES ('after', 'rekey')").run();
    store.close();
    // A kept salt is what lets the old key roll back a rekey cut short (see rekey).
    expect(readFileSync(dbPath).subarray(0, 16)).toEqual(saltBefore);

    const after = readKeyFile(`${dbPath}.keys`);
    expect(after.slots).toEqual(before.slots);
    expect(after.dataKeys.pending).toBeUndefined();
    expect(unwrapDataKeys(after, masterKey).current).not.toEqual(oldKey);
    for (const unlock of [{ passphrase }, { recoveryKey }, { osKeyStore }])
      expect(await marker(dbPath, unlock)).toBe('kept');

    const { openDatabase } = await import('./openDatabase');
    expect(() => openDatabase(dbPath, oldKey)).toThrow(
      expect.objectContaining({ code: 'NOT_A_SAMANVAY_DATABASE' }),
    );
  });
});
