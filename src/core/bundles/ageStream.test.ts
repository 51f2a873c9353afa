import { randomBytes } from 'node:crypto';
import { Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { decryptAgeStream } from './ageStream';

async function sealed(plain: Uint8Array, identity: string): Promise<Buffer> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(await identityToRecipient(identity));
  return Buffer.from(await encrypter.encrypt(plain));
}

async function opened(file: Buffer, identity: string, piece = 7000): Promise<Buffer> {
  const pieces = (async function* () {
    for (let at = 0; at < file.length; at += piece) yield file.subarray(at, at + piece);
  })();
  const out: Buffer[] = [];
  for await (const chunk of decryptAgeStream(pieces, identity)) out.push(chunk);
  return Buffer.concat(out);
}

describe('decryptAgeStream', () => {
  it('opens what the age library sealed, at every chunk-boundary size', async () => {
    const identity = await generateIdentity();
    for (const size of [0, 1, 65535, 65536, 65537, 131072, 200000]) {
      const plain = randomBytes(size);
      expect((await opened(await sealed(plain, identity), identity)).equals(plain)).toBe(true);
    }
  });

  it('refuses a file cut at a chunk boundary, one with a byte flipped, and another key', async () => {
    const identity = await generateIdentity();
    const file = await sealed(randomBytes(131072), identity);
    const headerEnd = file.length - 2 * (65536 + 16);
    const cut = file.subarray(0, headerEnd + 65536 + 16);
    await expect(opened(cut, identity)).rejects.toMatchObject({ code: 'BUNDLE_DAMAGED' });
    const flipped = Buffer.from(file);
    flipped[file.length - 100] = (flipped[file.length - 100] ?? 0) ^ 1;
    await expect(opened(flipped, identity)).rejects.toMatchObject({ code: 'BUNDLE_DAMAGED' });
    const extended = Buffer.concat([file, Buffer.alloc(20)]);
    await expect(opened(extended, identity)).rejects.toMatchObject({ code: 'BUNDLE_DAMAGED' });
    await expect(opened(file, await generateIdentity())).rejects.toMatchObject({
      code: 'BUNDLE_DAMAGED',
    });
  });
});
