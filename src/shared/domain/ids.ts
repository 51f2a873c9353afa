/** Record ids are opaque strings; a new one is 16 random bytes in base32 (no padding). */
const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';

/** Crockford-like base32 of bytes (no I, L, O, U). */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += alphabet[(value << (5 - bits)) & 31];
  return output;
}

export const base32Alphabet = alphabet;

/** Decodes base32 text from `base32`; returns undefined on a character outside the alphabet. */
export function base32Decode(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const index = alphabet.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * A new record id: the creating office's id, ':', then 48 bits of creation time (ms) and 80
 * random bits in lower-case base32 (`jh-dhanbad:01jx…`). The office prefix binds the record
 * to its owner: a create from any other office is refused, whatever order changes arrive in.
 * Ids made later sort later, so new rows land at the right edge of the B-trees that index
 * them instead of on random pages (far fewer pages to write, and to encrypt).
 */
export function newRecordId(
  officeId: string,
  random: (size: number) => Uint8Array,
  now: number = Date.now(),
): string {
  const bytes = new Uint8Array(16);
  let time = Math.max(0, Math.floor(now));
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes.set(random(10), 6);
  return `${officeId}:${base32(bytes).toLowerCase()}`;
}

/** The office a record id names as its creator (the part before ':'), if any. */
export function officeOfRecordId(recordId: string): string | undefined {
  const colon = recordId.lastIndexOf(':');
  return colon > 0 ? recordId.slice(0, colon) : undefined;
}
