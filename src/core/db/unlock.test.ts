import { describe, expect, it } from 'vitest';
import { fakeOsKeyStore, testKdf } from './dbTestKit';
import { randomKey } from './keyCrypto';
import type { KeyFile } from './keyFile';
import { formatRecoveryKey, newRecoveryKey } from './recoveryKey';
import {
  checkNewPassphrase,
  makeOsSlot,
  makePassphraseSlot,
  makeRecoverySlot,
  unlockMasterKey,
  unwrapDataKeys,
  wrapDataKey,
} from './unlock';

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('key slots', async () => {
  const master = randomKey();
  const dataKey = randomKey();
  const recovery = newRecoveryKey();
  const osKeyStore = fakeOsKeyStore();
  const keyFile: KeyFile = {
    format: 'samanvay-keys',
    version: 1,
    slots: [
      await makePassphraseSlot('first passphrase', master, testKdf),
      await makePassphraseSlot('second passphrase', master, testKdf),
      makeRecoverySlot(recovery.bytes, master),
      makeOsSlot(osKeyStore, master),
    ],
    dataKeys: { current: wrapDataKey(master, dataKey) },
  };

  it('each kind of secret opens its slot and gives the master key', async () => {
    for (const secret of [
      { passphrase: 'first passphrase' },
      { passphrase: 'second passphrase' },
      { recoveryKey: recovery.text },
      { osKeyStore },
    ]) {
      const { masterKey } = await unlockMasterKey(keyFile, secret);
      expect(masterKey).toEqual(master);
      expect(unwrapDataKeys(keyFile, masterKey)).toEqual({ current: dataKey });
    }
  });

  it('names the wrong secret', async () => {
    expect(await codeOf(() => unlockMasterKey(keyFile, { passphrase: 'First passphrase' }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(
      await codeOf(() => unlockMasterKey(keyFile, { recoveryKey: newRecoveryKey().text })),
    ).toBe('WRONG_RECOVERY_KEY');
    expect(
      await codeOf(() => unlockMasterKey(keyFile, { recoveryKey: recovery.text.slice(1) })),
    ).toBe('RECOVERY_KEY_MALFORMED');
    expect(await codeOf(() => unlockMasterKey(keyFile, { osKeyStore: fakeOsKeyStore() }))).toBe(
      'OS_KEYSTORE_UNAVAILABLE',
    );
    expect(
      await codeOf(() =>
        unlockMasterKey(keyFile, { osKeyStore: fakeOsKeyStore({ available: false }) }),
      ),
    ).toBe('OS_KEYSTORE_UNAVAILABLE');
  });

  it('does not let a slot be moved to another id or kind', async () => {
    const [first] = keyFile.slots;
    const moved: KeyFile = { ...keyFile, slots: [{ ...first!, id: 'elsewhere' }] };
    expect(await codeOf(() => unlockMasterKey(moved, { passphrase: 'first passphrase' }))).toBe(
      'WRONG_PASSPHRASE',
    );
  });

  it('normalises the passphrase, so the same words typed in another Unicode form still unlock', async () => {
    const composed = 'Crème brûlée, पासवर्ड 2024'.normalize('NFC');
    expect(composed.normalize('NFD')).not.toBe(composed);
    const slot = await makePassphraseSlot(composed, master, testKdf);
    const file: KeyFile = { ...keyFile, slots: [slot] };
    const { masterKey } = await unlockMasterKey(file, { passphrase: composed.normalize('NFD') });
    expect(masterKey).toEqual(master);
  });

  it('refuses a passphrase under 10 characters', async () => {
    expect(await codeOf(async () => checkNewPassphrase('short1234'))).toBe('WEAK_PASSPHRASE');
    expect(await codeOf(() => makePassphraseSlot('123456789', master, testKdf))).toBe(
      'WEAK_PASSPHRASE',
    );
    expect(checkNewPassphrase('1234567890')).toBe('1234567890');
  });

  it('calls a data key that does not unwrap under a good master key damage, and unwraps a pending key', () => {
    const next = randomKey();
    const pending: KeyFile = {
      ...keyFile,
      dataKeys: { current: keyFile.dataKeys.current, pending: wrapDataKey(master, next) },
    };
    expect(unwrapDataKeys(pending, master)).toEqual({ current: dataKey, pending: next });
    const swapped: KeyFile = {
      ...keyFile,
      dataKeys: { current: wrapDataKey(randomKey(), dataKey) },
    };
    expect(() => unwrapDataKeys(swapped, master)).toThrow(
      expect.objectContaining({ code: 'KEY_FILE_DAMAGED' }),
    );
  });

  it('prints recovery keys that the slot accepts after retyping', async () => {
    const retyped = formatRecoveryKey(recovery.bytes).toLowerCase().replace(/-/g, ' ');
    expect((await unlockMasterKey(keyFile, { recoveryKey: retyped })).masterKey).toEqual(master);
  });
});
