import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { base32 } from '../../shared/domain/ids';
import { ed25519PublicKey } from './publicKeys';

/** A node's signing identity: an Ed25519 key pair; its id is a fingerprint of the public key. */
export interface NodeIdentity {
  nodeId: string;
  publicKeyHex: string;
  privateKey: KeyObject;
}

/**
 * The node id: SHA-256 of the raw public key, first 80 bits in base32, in four groups of four,
 * short enough to read over the phone and compare on two screens (`K7QD-2M9X-…`).
 */
export function fingerprint(publicKeyHex: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyHex, 'hex')).digest();
  const text = base32(digest.subarray(0, 10));
  return text.match(/.{4}/g)?.join('-') ?? text;
}

export function createNodeIdentity(): NodeIdentity {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return identityFromKeys(publicKey, privateKey);
}

/** Restores an identity from the PKCS#8 DER (hex) kept in the encrypted database. */
export function identityFromPrivateKey(pkcs8Hex: string): NodeIdentity {
  const privateKey = createPrivateKey({
    key: Buffer.from(pkcs8Hex, 'hex'),
    format: 'der',
    type: 'pkcs8',
  });
  return identityFromKeys(createPublicKey(privateKey), privateKey);
}

export function privateKeyHex(identity: NodeIdentity): string {
  return identity.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('hex');
}

function identityFromKeys(publicKey: KeyObject, privateKey: KeyObject): NodeIdentity {
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const publicKeyHex = spki.subarray(spki.length - 32).toString('hex');
  return { nodeId: fingerprint(publicKeyHex), publicKeyHex, privateKey };
}

export function signBytes(identity: NodeIdentity, data: Buffer): string {
  return sign(null, data, identity.privateKey).toString('hex');
}

/** Verifies an Ed25519 signature by a raw public key (hex); false on any malformed input. */
export function verifyBytes(publicKeyHex: string, data: Buffer, signatureHex: string): boolean {
  try {
    return verify(null, data, ed25519PublicKey(publicKeyHex), Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}
