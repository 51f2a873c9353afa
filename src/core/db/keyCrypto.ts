import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
} from 'node:crypto';
import type { KdfParams } from './types';

/** AES-256-GCM output, base64 fields as stored in the key file. */
export interface Sealed {
  iv: string;
  data: string;
  tag: string;
}

/** A fresh random 256-bit key. */
export function randomKey(): Buffer {
  return randomBytes(32);
}

/** Encrypts and authenticates `plain` under `key`; `context` is bound in as associated data. */
export function seal(key: Buffer, plain: Buffer, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    data: data.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Decrypts `sealed`; undefined when the key or context is wrong or the bytes were altered. */
export function unseal(key: Buffer, sealed: Sealed, context: string): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** scrypt to a 256-bit key, off the main thread (libuv pool). */
export function deriveScrypt(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  // Node refuses when 128·N·r exceeds maxmem; allow twice that so the parameters decide.
  const maxmem = 256 * params.N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFC'),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => {
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

/** HKDF-SHA256 to a 256-bit key: enough for a secret that is already random (a recovery key). */
export function deriveHkdf(secret: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, 32));
}

/** The key check stored beside a wrapped data key: HMAC-SHA256(dataKey, 'samanvay-key-check'). */
export function keyVerifier(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update('samanvay-key-check').digest('hex');
}
