import type { Db } from './openDatabase';

/** scrypt cost parameters, recorded in each passphrase slot. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** Default passphrase KDF: scrypt N=2^17, r=8, p=1 (128 MiB, about half a second). */
export const defaultKdf: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * The operating system's key store (Electron safeStorage on a workstation). `encrypt` and
 * `decrypt` throw when the store cannot do it (another user, another machine).
 */
export interface OsKeyStore {
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

/** Where the store lives; `kdf` overrides scrypt's cost for new passphrase slots (tests). */
export interface StoreOptions {
  dbPath: string;
  nativeBinding?: string;
  kdf?: KdfParams;
  /** Largest database whose every page is checked at open; larger ones are checked as read. */
  fullCheckMaxBytes?: number;
}

/** One of the secrets that opens a key slot. */
export type UnlockSecret =
  { passphrase: string } | { recoveryKey: string } | { osKeyStore: OsKeyStore };

/** The kinds of key slot. */
export type SlotKind = 'passphrase' | 'recovery' | 'os';

/** What a caller may know about a slot without any secret. */
export interface SlotInfo {
  id: string;
  kind: SlotKind;
  createdAt: string;
}

/** An open, unlocked, migrated node database. */
export interface Store {
  db: Db;
  dbPath: string;
  keyFilePath: string;
  close(): void;
}

/** The key file sits beside the database. */
export function keyFilePathFor(dbPath: string): string {
  return `${dbPath}.keys`;
}
