import { safeStorage } from 'electron';
import type { CoreOptions } from '../core/coreTypes';

type OsKeyStore = NonNullable<CoreOptions['osKeyStore']>;

/**
 * The OS key store slot on Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet).
 * On Linux without a real keyring safeStorage falls back to a fixed key ("basic_text"),
 * which protects nothing: then the store reports itself unavailable.
 */
export function createOsKeyStore(): OsKeyStore {
  return {
    isAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return (
        process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'
      );
    },
    // safeStorage seals strings; base64 keeps arbitrary bytes intact.
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
