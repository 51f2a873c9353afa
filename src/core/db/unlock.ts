import { randomBytes } from 'node:crypto';
import { base32 } from '../../shared/domain/ids';
import { SamanvayError } from '../../shared/errors';
import { deriveHkdf, deriveScrypt, keyVerifier, seal, unseal } from './keyCrypto';
import type { KeyFile, KeySlot, WrappedDataKey } from './keyFile';
import { parseRecoveryKey } from './recoveryKey';
import type { KdfParams, OsKeyStore, UnlockSecret } from './types';

const minimumPassphraseLength = 10;
const dataKeyContext = 'samanvay-data-key';
const recoveryInfo = 'samanvay-recovery-slot';

function slotContext(id: string, kind: KeySlot['kind']): string {
  return `samanvay-slot:${id}:${kind}`;
}

function newSlotId(): string {
  return base32(randomBytes(5)).toLowerCase();
}

/** Refuses a passphrase shorter than 10 characters (WEAK_PASSPHRASE); returns it NFC-normalised. */
export function checkNewPassphrase(passphrase: string): string {
  const normalised = passphrase.normalize('NFC');
  if ([...normalised].length < minimumPassphraseLength) throw new SamanvayError('WEAK_PASSPHRASE');
  return normalised;
}

/** A passphrase slot sealing the master key under scrypt(passphrase). */
export async function makePassphraseSlot(
  passphrase: string,
  masterKey: Buffer,
  kdf: KdfParams,
): Promise<KeySlot> {
  const id = newSlotId();
  const salt = randomBytes(16);
  const wrappingKey = await deriveScrypt(checkNewPassphrase(passphrase), salt, kdf);
  return {
    id,
    kind: 'passphrase',
    createdAt: new Date().toISOString(),
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
    masterKey: seal(wrappingKey, masterKey, slotContext(id, 'passphrase')),
  };
}

/** A recovery slot sealing the master key under HKDF(recovery key bytes). */
export function makeRecoverySlot(recoveryKey: Buffer, masterKey: Buffer): KeySlot {
  const id = newSlotId();
  const salt = randomBytes(16);
  return {
    id,
    kind: 'recovery',
    createdAt: new Date().toISOString(),
    kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') },
    masterKey: seal(
      deriveHkdf(recoveryKey, salt, recoveryInfo),
      masterKey,
      slotContext(id, 'recovery'),
    ),
  };
}

/** An OS key store slot: the master key as sealed by the operating system. */
export function makeOsSlot(osKeyStore: OsKeyStore, masterKey: Buffer): KeySlot {
  if (!osKeyStore.isAvailable()) throw new SamanvayError('OS_KEYSTORE_UNAVAILABLE');
  return {
    id: newSlotId(),
    kind: 'os',
    createdAt: new Date().toISOString(),
    sealedMasterKey: osKeyStore.encrypt(masterKey).toString('base64'),
  };
}

/** Seals a data key under the master key, with its verifier. */
export function wrapDataKey(masterKey: Buffer, dataKey: Buffer): WrappedDataKey {
  return { key: seal(masterKey, dataKey, dataKeyContext), verifier: keyVerifier(dataKey) };
}

function unwrapDataKey(masterKey: Buffer, wrapped: WrappedDataKey): Buffer | undefined {
  const dataKey = unseal(masterKey, wrapped.key, dataKeyContext);
  if (dataKey === undefined || dataKey.length !== 32 || keyVerifier(dataKey) !== wrapped.verifier)
    return undefined;
  return dataKey;
}

/** The current data key and, mid-rekey, the pending one. KEY_FILE_DAMAGED if they do not unwrap. */
export function unwrapDataKeys(
  keyFile: KeyFile,
  masterKey: Buffer,
): { current: Buffer; pending?: Buffer } {
  const damaged = new SamanvayError('KEY_FILE_DAMAGED', undefined, { problem: 'data key' });
  const current = unwrapDataKey(masterKey, keyFile.dataKeys.current);
  if (current === undefined) throw damaged;
  if (keyFile.dataKeys.pending === undefined) return { current };
  const pending = unwrapDataKey(masterKey, keyFile.dataKeys.pending);
  if (pending === undefined) throw damaged;
  return { current, pending };
}

/** The master key and the slot that gave it. */
export interface Unlocked {
  masterKey: Buffer;
  slotId: string;
}

/**
 * Opens a slot with the secret: WRONG_PASSPHRASE, RECOVERY_KEY_MALFORMED, WRONG_RECOVERY_KEY
 * or OS_KEYSTORE_UNAVAILABLE when none of the slots of that kind opens.
 */
export async function unlockMasterKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Unlocked> {
  if ('passphrase' in secret) {
    for (const slot of keyFile.slots) {
      if (slot.kind !== 'passphrase') continue;
      const wrappingKey = await deriveScrypt(
        secret.passphrase,
        Buffer.from(slot.kdf.salt, 'base64'),
        slot.kdf,
      );
      const masterKey = unseal(wrappingKey, slot.masterKey, slotContext(slot.id, slot.kind));
      if (masterKey) return { masterKey, slotId: slot.id };
    }
    throw new SamanvayError('WRONG_PASSPHRASE');
  }
  if ('recoveryKey' in secret) {
    const recoveryKey = parseRecoveryKey(secret.recoveryKey);
    for (const slot of keyFile.slots) {
      if (slot.kind !== 'recovery') continue;
      const wrappingKey = deriveHkdf(
        recoveryKey,
        Buffer.from(slot.kdf.salt, 'base64'),
        recoveryInfo,
      );
      const masterKey = unseal(wrappingKey, slot.masterKey, slotContext(slot.id, slot.kind));
      if (masterKey) return { masterKey, slotId: slot.id };
    }
    throw new SamanvayError('WRONG_RECOVERY_KEY');
  }
  const { osKeyStore } = secret;
  if (osKeyStore.isAvailable()) {
    for (const slot of keyFile.slots) {
      if (slot.kind !== 'os') continue;
      let masterKey: Buffer;
      try {
        masterKey = osKeyStore.decrypt(Buffer.from(slot.sealedMasterKey, 'base64'));
      } catch {
        continue;
      }
      // The OS seal has no check of ours: the master key is right if it opens the data key.
      if (
        masterKey.length === 32 &&
        unseal(masterKey, keyFile.dataKeys.current.key, dataKeyContext)
      ) {
        return { masterKey, slotId: slot.id };
      }
    }
  }
  throw new SamanvayError('OS_KEYSTORE_UNAVAILABLE');
}
