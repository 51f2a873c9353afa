import { createHash, randomBytes } from 'node:crypto';
import { base32, base32Alphabet, base32Decode } from '../../shared/domain/ids';
import { SamanvayError } from '../../shared/errors';

/** 160 random bits: 32 base32 characters, then a 4-character checksum group. */
const keyBytes = 20;
const bodyLength = 32;
const checksumLength = 4;

function checksum(bytes: Uint8Array): string {
  const digest = createHash('sha256').update('samanvay-recovery-key').update(bytes).digest();
  return base32(digest.subarray(0, 3)).slice(0, checksumLength);
}

/** Groups of four separated by dashes, as printed: `ABCD-EFGH-…-WXYZ-CHK1`. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  const text = base32(bytes) + checksum(bytes);
  return (text.match(/.{1,4}/g) ?? []).join('-');
}

/** A new random recovery key: its bytes (the slot secret) and its printed form. */
export function newRecoveryKey(): { bytes: Buffer; text: string } {
  const bytes = randomBytes(keyBytes);
  return { bytes, text: formatRecoveryKey(bytes) };
}

/**
 * Reads a typed recovery key. Tolerates lower case, spaces, missing or extra dashes, and the
 * look-alikes O→0, I/L→1. A key that does not decode or whose checksum does not match is
 * RECOVERY_KEY_MALFORMED (a typing mistake), never "wrong key".
 */
export function parseRecoveryKey(text: string): Buffer {
  const cleaned = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const malformed = new SamanvayError('RECOVERY_KEY_MALFORMED');
  if (cleaned.length !== bodyLength + checksumLength) throw malformed;
  if ([...cleaned].some((char) => !base32Alphabet.includes(char))) throw malformed;
  const bytes = base32Decode(cleaned.slice(0, bodyLength));
  if (bytes === undefined || bytes.length !== keyBytes) throw malformed;
  if (checksum(bytes) !== cleaned.slice(bodyLength)) throw malformed;
  return Buffer.from(bytes);
}
