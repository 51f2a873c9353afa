import { createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto';
import { bech32 } from '@scure/base';
import type { NodeIdentity } from './nodeIdentity';

/** A node's bundle key: the age X25519 identity it decrypts bundles with, and its recipient. */
export interface BundleKey {
  /** `AGE-SECRET-KEY-1…`: never stored, never leaves the node. */
  identity: string;
  /** `age1…`: published in the node's signed record so peers can encrypt bundles for it. */
  recipient: string;
}

const pkcs8X25519Prefix = Buffer.from('302e020100300506032b656e04220420', 'hex');
const pkcs8Ed25519Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The shape of a published bundle key (an age X25519 recipient). */
export const bundleRecipientPattern = /^age1[02-9ac-hj-np-z]{58}$/;

/**
 * Derives the node's X25519 bundle key from its Ed25519 node key (HKDF-SHA256 of the key's
 * seed, with a label of its own), so it needs no storage of its own: it is exactly as safe
 * as the node key in the encrypted database, and the same on every start.
 */
export function deriveBundleKey(node: NodeIdentity): BundleKey {
  const pkcs8 = node.privateKey.export({ format: 'der', type: 'pkcs8' });
  if (!pkcs8.subarray(0, 16).equals(pkcs8Ed25519Prefix)) throw new Error('not an Ed25519 key');
  const seed = pkcs8.subarray(16, 48);
  const secret = Buffer.from(
    hkdfSync('sha256', seed, Buffer.alloc(0), 'samanvay bundle key x25519 v1', 32),
  );
  const privateKey = createPrivateKey({
    key: Buffer.concat([pkcs8X25519Prefix, secret]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = spki.subarray(spki.length - 32);
  return {
    identity: bech32.encode('AGE-SECRET-KEY-', bech32.toWords(secret), false).toUpperCase(),
    recipient: bech32.encode('age', bech32.toWords(publicKey), false),
  };
}
