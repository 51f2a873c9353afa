import { createHash, sign, type KeyObject, type X509Certificate } from 'node:crypto';
import { fingerprint, type NodeIdentity } from '../identity/nodeIdentity';

/** DER: tag, length, contents. */
function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const length = body.length;
  let head: Buffer;
  if (length < 0x80) head = Buffer.from([tag, length]);
  else if (length < 0x100) head = Buffer.from([tag, 0x81, length]);
  else if (length < 0x10000) head = Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  else throw new RangeError('DER value too long');
  return Buffer.concat([head, body]);
}

const sequence = (...parts: Buffer[]) => der(0x30, ...parts);
const set = (...parts: Buffer[]) => der(0x31, ...parts);
const ed25519Algorithm = sequence(Buffer.from('06032b6570', 'hex'));
const spkiEd25519Prefix = Buffer.from('302a300506032b6570032100', 'hex');
const commonNameOid = Buffer.from('0603550403', 'hex');

function name(text: string): Buffer {
  return sequence(set(sequence(commonNameOid, der(0x0c, Buffer.from(text, 'utf8')))));
}

function generalizedTime(date: Date): Buffer {
  const text = `${date.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`;
  return der(0x18, Buffer.from(text, 'ascii'));
}

function pem(label: string, bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A node's TLS credentials: a self-signed certificate on its own Ed25519 key, in PEM. */
export interface NodeCertificate {
  cert: string;
  key: string;
}

/**
 * A minimal self-signed X.509 v3 certificate on the node key (CN = node id). No authority
 * stands behind it: peers pin the key itself, so only the key inside matters, and the TLS
 * handshake proves the other side holds the matching private key.
 */
export function selfSignedCertificate(identity: NodeIdentity): NodeCertificate {
  const spki = Buffer.concat([spkiEd25519Prefix, Buffer.from(identity.publicKeyHex, 'hex')]);
  const serial = createHash('sha256').update(spki).digest().subarray(0, 16);
  serial[0] = ((serial[0] ?? 0) & 0x3f) | 0x40; // positive, minimal DER
  const subject = name(identity.nodeId);
  const tbs = sequence(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, serial),
    ed25519Algorithm,
    subject,
    sequence(
      generalizedTime(new Date(Date.UTC(2000, 0, 1))),
      generalizedTime(new Date(Date.UTC(9999, 11, 31, 23, 59, 59))),
    ),
    subject,
    spki,
  );
  const signature = sign(null, tbs, identity.privateKey);
  const certificate = sequence(tbs, ed25519Algorithm, der(0x03, Buffer.from([0]), signature));
  return {
    cert: pem('CERTIFICATE', certificate),
    key: identity.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/** The raw Ed25519 public key (hex) inside a key object, or undefined for any other kind. */
export function rawEd25519Key(key: KeyObject): string | undefined {
  if (key.asymmetricKeyType !== 'ed25519') return undefined;
  const spki = key.export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32).toString('hex');
}

/** The node id a presented certificate's key stands for, or undefined if it is not Ed25519. */
export function certificateNodeId(certificate: X509Certificate | undefined): string | undefined {
  if (!certificate) return undefined;
  const raw = rawEd25519Key(certificate.publicKey);
  return raw === undefined ? undefined : fingerprint(raw);
}

/** The node id and raw public key (hex) a presented certificate proves, if it is Ed25519. */
export function certificatePeer(
  certificate: X509Certificate | undefined,
): { nodeId: string; publicKey: string } | undefined {
  const raw = certificate ? rawEd25519Key(certificate.publicKey) : undefined;
  return raw === undefined ? undefined : { nodeId: fingerprint(raw), publicKey: raw };
}
