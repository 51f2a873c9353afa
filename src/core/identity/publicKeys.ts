import { createPublicKey, type KeyObject } from 'node:crypto';

/** DER prefix of an Ed25519 public key in SubjectPublicKeyInfo form (the raw 32 bytes follow). */
const spkiEd25519Prefix = Buffer.from('302a300506032b6570032100', 'hex');

/** Keys kept parsed; a network has a few dozen nodes, so this bound is rarely reached. */
const keptKeys = 512;
const parsed = new Map<string, KeyObject>();

/**
 * Parsed Ed25519 public keys by their hex, so checking the signatures of a day's worth of
 * small commits from one node parses its key once, not once per commit (profiled: a tenth of
 * catch-up). A cache of immutable values, the same for every node in the process; it forgets
 * everything when full. Throws on a malformed key, which is never kept.
 */
export function ed25519PublicKey(publicKeyHex: string): KeyObject {
  let key = parsed.get(publicKeyHex);
  if (!key) {
    key = createPublicKey({
      key: Buffer.concat([spkiEd25519Prefix, Buffer.from(publicKeyHex, 'hex')]),
      format: 'der',
      type: 'spki',
    });
    if (parsed.size >= keptKeys) parsed.clear();
    parsed.set(publicKeyHex, key);
  }
  return key;
}
