import { createHash } from 'node:crypto';
import type { Change, ChangeBody, Commit } from '../../shared/domain/change';
import { signBytes, verifyBytes, type NodeIdentity } from '../identity/nodeIdentity';
import { canonicalJson } from './canonicalJson';

/** SHA-256 (hex) of a change's canonical JSON `[origin, seq, hlc, office, operator, entity, recordId, op, body]`. */
export function changeHash(change: Change): string {
  const head = JSON.stringify([
    change.origin,
    change.seq,
    change.hlc,
    change.office,
    change.operator,
    change.entity,
    change.recordId,
    change.op,
  ]);
  return createHash('sha256')
    .update(`${head.slice(0, -1)},${bodyJson(change.body)}]`)
    .digest('hex');
}

const bodyJsonCache = new WeakMap<ChangeBody, string>();

/** A change body's canonical JSON, computed once per body object. */
export function bodyJson(body: ChangeBody): string {
  let json = bodyJsonCache.get(body);
  if (json === undefined) {
    json = canonicalJson(body);
    bodyJsonCache.set(body, json);
  }
  return json;
}

/** The hashes of a commit's seqs in order, or undefined unless each seq is accounted for once. */
function orderedHashes(commit: Omit<Commit, 'signature'>): string[] | undefined {
  const count = commit.lastSeq - commit.firstSeq + 1;
  if (
    !Number.isSafeInteger(count) ||
    count < 1 ||
    count !== commit.changes.length + commit.redacted.length
  ) {
    return undefined;
  }
  const hashes = new Array<string | undefined>(count);
  const place = (seq: number, hash: string, origin: string) => {
    const index = seq - commit.firstSeq;
    if (origin !== commit.origin || index < 0 || index >= count || hashes[index] !== undefined)
      return false;
    hashes[index] = hash;
    return true;
  };
  for (const change of commit.changes)
    if (!place(change.seq, changeHash(change), change.origin)) return undefined;
  for (const withheld of commit.redacted)
    if (!place(withheld.seq, withheld.hash, commit.origin)) return undefined;
  return hashes as string[];
}

/**
 * The bytes a commit's signature covers:
 * `{"firstSeq":…,"hashes":[…],"lastSeq":…,"origin":…,"withheld":[…]}` with the hash of every
 * change from firstSeq to lastSeq in order, and the seqs the origin marked local (withheld
 * from every peer), ascending. So a relay can pass on exactly what the origin shared: a
 * commit with one more change withheld no longer verifies. `withheld` defaults to the seqs
 * the commit carries as redacted (how a receiver checks it). Undefined when the commit does
 * not account for each of its seqs exactly once.
 */
export function commitBytes(
  commit: Omit<Commit, 'signature'>,
  withheld: readonly number[] = commit.redacted.map((entry) => entry.seq),
): Buffer | undefined {
  const hashes = orderedHashes(commit);
  if (!hashes) return undefined;
  const seqs = [...withheld].sort((left, right) => left - right);
  return Buffer.from(
    `{"firstSeq":${commit.firstSeq},"hashes":${JSON.stringify(hashes)},"lastSeq":${commit.lastSeq},"origin":${JSON.stringify(commit.origin)},"withheld":${JSON.stringify(seqs)}}`,
  );
}

/**
 * What commits were signed over before the origin signed its withheld set (protocol 1). Such
 * a commit is accepted only whole, with nothing withheld: a relay cannot redact any of it.
 */
function legacyCommitBytes(commit: Omit<Commit, 'signature'>): Buffer | undefined {
  const hashes = orderedHashes(commit);
  if (!hashes || commit.redacted.length > 0) return undefined;
  return Buffer.from(
    `{"firstSeq":${commit.firstSeq},"hashes":${JSON.stringify(hashes)},"lastSeq":${commit.lastSeq},"origin":${JSON.stringify(commit.origin)}}`,
  );
}

/** Signs a commit whose changes `withheld` (seqs) the origin marked local. */
export function signCommit(
  identity: NodeIdentity,
  unsigned: Omit<Commit, 'signature'>,
  withheld: readonly number[],
): Commit | undefined {
  const bytes = commitBytes(unsigned, withheld);
  return bytes ? { ...unsigned, signature: signBytes(identity, bytes) } : undefined;
}

/**
 * Whether a commit is well formed and signed by the holder of `publicKeyHex`, withholding
 * exactly the changes its origin marked local (or, signed before that rule, nothing).
 */
export function verifyCommit(commit: Commit, publicKeyHex: string): boolean {
  const bytes = commitBytes(commit);
  if (bytes !== undefined && verifyBytes(publicKeyHex, bytes, commit.signature)) return true;
  const legacy = legacyCommitBytes(commit);
  return legacy !== undefined && verifyBytes(publicKeyHex, legacy, commit.signature);
}
