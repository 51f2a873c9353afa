import { describe, expect, it } from 'vitest';
import { createNodeIdentity, signBytes, verifyBytes } from './nodeIdentity';

describe('verifying with parsed keys kept', () => {
  it('checks each signature against its own key, however many keys have been seen', () => {
    const signer = createNodeIdentity();
    const data = Buffer.from('commit bytes');
    const signature = signBytes(signer, data);
    expect(verifyBytes(signer.publicKeyHex, data, signature)).toBe(true);
    // More keys than are kept: the signer's is parsed again, and still the only one that fits.
    for (let index = 0; index < 600; index += 1) {
      const other = createNodeIdentity();
      expect(verifyBytes(other.publicKeyHex, data, signature)).toBe(false);
    }
    expect(verifyBytes(signer.publicKeyHex, data, signature)).toBe(true);
    expect(verifyBytes(signer.publicKeyHex, Buffer.from('other bytes'), signature)).toBe(false);
    expect(verifyBytes('not a key', data, signature)).toBe(false);
    expect(verifyBytes(signer.publicKeyHex.slice(2), data, signature)).toBe(false);
  });
});
