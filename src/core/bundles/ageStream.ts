import { createDecipheriv, hkdfSync } from 'node:crypto';
import { Decrypter } from 'age-encryption';
import { damaged } from './bundleFormat';

/** age's STREAM: 64 KiB of plaintext per chunk, each with a 16-byte Poly1305 tag. */
const chunkBytes = 64 * 1024;
const tagBytes = 16;
const sealedChunkBytes = chunkBytes + tagBytes;
/** The age header of a bundle (one X25519 stanza) is far smaller than this. */
const headerLimit = 8 * 1024;
const macLine = Buffer.from('\n--- ');

/**
 * Decrypts an age file (v1, X25519) read as a stream of ciphertext chunks, yielding the
 * plaintext chunk by chunk. The header and its MAC are opened by the age library
 * (`Decrypter.decryptHeader`); the payload, which is nearly all the work for a large bundle,
 * by Node's native ChaCha20-Poly1305 instead of the library's JavaScript one. The format is
 * age's own (age-encryption.org/v1): payload key = HKDF-SHA-256(file key, 16-byte nonce,
 * "payload"), chunk nonce = 11-byte big-endian counter and a last-chunk flag. A cut, extended
 * or altered stream fails a tag, and throws BUNDLE_DAMAGED.
 */
export async function* decryptAgeStream(
  ciphertext: AsyncIterable<Buffer>,
  identity: string,
): AsyncGenerator<Buffer> {
  const source = ciphertext[Symbol.asyncIterator]();
  let pending: Buffer = Buffer.alloc(0);
  let ended = false;
  /** Reads until `pending` holds at least `count` bytes or the stream ends. */
  const fill = async (count: number) => {
    const parts = [pending];
    let held = pending.length;
    while (held < count && !ended) {
      const next = await source.next();
      if (next.done === true) ended = true;
      else {
        parts.push(next.value);
        held += next.value.length;
      }
    }
    pending = parts.length === 1 ? pending : Buffer.concat(parts, held);
  };

  await fill(headerLimit);
  const start = pending.indexOf(macLine);
  const end = start < 0 ? -1 : pending.indexOf(0x0a, start + macLine.length);
  if (end < 0) throw damaged('the encrypted header is incomplete');
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const fileKey = await decrypter.decryptHeader(pending.subarray(0, end + 1)).catch(() => {
    throw damaged('the encrypted header does not open with this computer’s key');
  });
  pending = pending.subarray(end + 1);
  await fill(16);
  if (pending.length < 16) throw damaged('cut short');
  const key = Buffer.from(hkdfSync('sha256', fileKey, pending.subarray(0, 16), 'payload', 32));
  pending = pending.subarray(16);

  const nonce = Buffer.alloc(12);
  for (let index = 0; ; index += 1) {
    // A chunk is the last one only if nothing follows it, so read one byte beyond.
    await fill(sealedChunkBytes + 1);
    const last = pending.length <= sealedChunkBytes;
    const sealed = pending.subarray(0, Math.min(sealedChunkBytes, pending.length));
    pending = pending.subarray(sealed.length);
    if (sealed.length < tagBytes) throw damaged('cut short');
    if (last && index > 0 && sealed.length === tagBytes) throw damaged('an empty last chunk');
    nonce.writeUIntBE(index, 5, 6);
    nonce[11] = last ? 1 : 0;
    yield open(key, nonce, sealed);
    if (last) return;
  }
}

function open(key: Buffer, nonce: Buffer, sealed: Buffer): Buffer {
  const body = sealed.subarray(0, sealed.length - tagBytes);
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: tagBytes });
  decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
  try {
    const plain = decipher.update(body);
    decipher.final();
    return plain;
  } catch {
    throw damaged('an encrypted chunk does not verify (altered or cut)');
  }
}
