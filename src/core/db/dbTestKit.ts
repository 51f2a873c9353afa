import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KdfParams, OsKeyStore } from './types';

/** A cheap scrypt for tests (N=2^12): the default costs half a second per unlock. */
export const testKdf: KdfParams = { N: 2 ** 12, r: 8, p: 1 };

/** A fresh temporary directory and a function that removes it. */
export function temporaryDirectory(prefix = 'samanvay-store-'): {
  directory: string;
  remove: () => void;
} {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/**
 * A stand-in for Electron safeStorage: seals with its own random key, so another instance
 * (another user, another machine) cannot open what this one sealed.
 */
export function fakeOsKeyStore(
  options: { available?: boolean } = {},
): OsKeyStore & { available: boolean } {
  const key = randomBytes(32);
  return {
    available: options.available ?? true,
    isAvailable() {
      return this.available;
    },
    encrypt(plain) {
      if (!this.available) throw new Error('key store unavailable');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]);
    },
    decrypt(sealed) {
      if (!this.available) throw new Error('key store unavailable');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}

/**
 * Every file in a directory with the SHA-256 of its contents (`-shm`, SQLite's rebuildable
 * shared-memory index, only by name): equal snapshots mean nothing was created, removed or changed.
 */
export function snapshotDirectory(directory: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const name of readdirSync(directory).sort()) {
    if (statSync(join(directory, name)).isDirectory()) {
      snapshot[`${name}/`] = JSON.stringify(snapshotDirectory(join(directory, name)));
      continue;
    }
    snapshot[name] = name.endsWith('-shm')
      ? 'shm'
      : createHash('sha256')
          .update(readFileSync(join(directory, name)))
          .digest('hex');
  }
  return snapshot;
}
