import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BundleExportView, BundleImportView } from '../../shared/api/bundleContract';
import type { Change, Commit } from '../../shared/domain/change';
import { SamanvayError } from '../../shared/errors';
import { usualCacheKib } from '../db/openDatabase';
import { deriveBundleKey } from '../identity/bundleKey';
import type { NodeContext } from '../node/nodeContext';
import { getOperator } from '../repos/officeRepo';
import { announceReceived } from '../services/announceReceived';
import { createCommitStore } from '../sync/commitStore';
import type { Vector } from '../sync/messages';
import { createPhotoStore, photosOf, type PhotoStore } from '../sync/photoTransfer';
import { openBundleFile, readBundle, writeBundle, type OutgoingEntry } from './bundleFile';
import type { Envelope, Manifest } from './bundleFormat';
import { parseJson } from './bundleEntries';
import { createPreview } from './bundlePreview';
import {
  acknowledgedVector,
  appendBundleHistory,
  lastImportedFrom,
  recordAcknowledged,
} from './bundleStore';

/** Changes per commit batch in a bundle: small enough that reading one batch stays a few MB. */
const batchChanges = 500;

/** Progress of a long export or import: a phase and how far it is. */
export type BundleProgress = (progress: {
  phase: 'export' | 'verify' | 'apply';
  done: number;
  total: number;
}) => void;

/** What an export wrote (the contract's view). */
export type ExportSummary = BundleExportView;

/** What an import did, or on a dry run would do (the contract's view). */
export type ImportSummary = BundleImportView;

const operatorName = (context: NodeContext) =>
  getOperator(context.store.db, context.session.operatorId)?.name ?? context.session.operatorId;

/** The recipient's bundle key, from its signed node record. */
function recipientKey(context: NodeContext, peer: string): string {
  const row = context.store.db
    .prepare('SELECT bundle_key, deleted FROM nodes WHERE id = ?')
    .get(peer.toLowerCase()) as { bundle_key: string | null; deleted: number } | undefined;
  if (row?.deleted === 1) throw new SamanvayError('NODE_REVOKED', undefined, { peer });
  if (!row?.bundle_key) throw new SamanvayError('BUNDLE_NO_KEY', undefined, { peer });
  return row.bundle_key;
}

/** The sender's Ed25519 key, if it is a known node that is not revoked. */
function senderKeyOf(context: NodeContext) {
  return (from: string): string => {
    const row = context.store.db
      .prepare('SELECT public_key, deleted FROM nodes WHERE id = ?')
      .get(from.toLowerCase()) as { public_key: string; deleted: number } | undefined;
    if (!row) throw new SamanvayError('BUNDLE_UNKNOWN_SENDER', undefined, { from });
    if (row.deleted === 1) throw new SamanvayError('BUNDLE_SENDER_REVOKED', undefined, { from });
    return row.public_key;
  };
}

/** Reads a stored photo whole through the photo store's chunked read. */
function readPhoto(photos: PhotoStore, hash: string): Buffer | undefined {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const chunk = photos.readChunk(hash, offset);
    if (!chunk) return offset === 0 ? undefined : Buffer.concat(parts);
    parts.push(chunk.bytes);
    offset += chunk.bytes.length;
    if (offset >= chunk.total || chunk.bytes.length === 0) return Buffer.concat(parts);
  }
}

/**
 * Writes a bundle for `peer`: every commit it lacks counted from the vector it last
 * acknowledged (everything with `full`, or for a peer that never acknowledged), chosen and
 * redacted by sync's own `commitsFor` (so sync's share rules apply unchanged), then the
 * photos those changes refer to that are held here. Signed by this node, encrypted for the
 * peer's published bundle key, written atomically, one batch in memory at a time.
 */
export async function exportBundle(
  context: NodeContext,
  input: { peer: string; path: string; full?: boolean; onProgress?: BundleProgress },
): Promise<ExportSummary> {
  const db = context.store.db;
  const peer = input.peer.toUpperCase();
  const recipient = recipientKey(context, peer);
  const full = input.full === true || Object.keys(acknowledgedVector(db, peer)).length === 0;
  const base: Vector = full ? {} : acknowledgedVector(db, peer);
  const store = createCommitStore(context);
  const photos = createPhotoStore(db, context.clock);
  const total = Object.entries(store.vector).reduce(
    (sum, [origin, seq]) => sum + Math.max(0, seq - (base[origin] ?? 0)),
    0,
  );
  const manifest: Manifest = {
    createdAt: context.clock.now(),
    operator: operatorName(context),
    office: context.officeId,
    base,
    vector: { ...store.vector },
    full,
  };
  const summary = { commits: 0, changes: 0, photos: 0 };
  const wanted = new Set<string>();
  const entries = function* (): Generator<OutgoingEntry> {
    const sentUpTo: Vector = { ...base };
    for (let batch = 1; ; batch += 1) {
      const commits = store.commitsFor(sentUpTo, batchChanges, new Set());
      if (commits.length === 0) break;
      for (const commit of commits) {
        sentUpTo[commit.origin] = commit.lastSeq;
        summary.commits += 1;
        summary.changes += commit.lastSeq - commit.firstSeq + 1;
        for (const change of commit.changes) for (const hash of photosOf(change)) wanted.add(hash);
      }
      input.onProgress?.({ phase: 'export', done: summary.changes, total });
      const name = `commits/${String(batch).padStart(6, '0')}.json`;
      yield { name, bytes: Buffer.from(JSON.stringify(commits)), deflate: true };
    }
    for (const hash of [...wanted].sort()) {
      const bytes = readPhoto(photos, hash);
      if (!bytes) continue;
      summary.photos += 1;
      yield { name: `photos/${hash}.jpg`, bytes, deflate: false };
    }
  };
  try {
    const envelope: Envelope = { kind: 'changes', from: context.identity.nodeId, to: peer };
    const bytes = await writeBundle({
      path: input.path,
      envelope,
      recipient,
      signer: context.identity,
      manifest,
      entries: entries(),
    });
    const result = { peer, file: basename(input.path), bytes, full, ...summary };
    appendBundleHistory(db, {
      direction: 'export',
      kind: 'changes',
      peer,
      at: context.clock.now(),
      operator: manifest.operator,
      file: result.file,
      bytes,
      summary: { ...summary, full },
    });
    return result;
  } finally {
    store.close();
  }
}

/**
 * Writes a small acknowledgement bundle for `peer` (by default the sender of the last bundle
 * imported here): this node's version vector, signed and encrypted like any bundle, so the
 * peer's next export is a delta.
 */
export async function exportAck(
  context: NodeContext,
  input: { path: string; peer?: string | undefined },
): Promise<{ peer: string; file: string; bytes: number }> {
  const db = context.store.db;
  const peer = (input.peer ?? lastImportedFrom(db))?.toUpperCase();
  if (!peer)
    throw new SamanvayError(
      'INVALID_INPUT',
      'No bundle has been imported here yet: name the peer.',
    );
  const store = createCommitStore(context);
  const vector = { ...store.vector };
  store.close();
  const manifest: Manifest = {
    createdAt: context.clock.now(),
    operator: operatorName(context),
    office: context.officeId,
    base: {},
    vector,
    full: false,
  };
  const bytes = await writeBundle({
    path: input.path,
    envelope: { kind: 'ack', from: context.identity.nodeId, to: peer },
    recipient: recipientKey(context, peer),
    signer: context.identity,
    manifest,
    entries: [],
  });
  const file = basename(input.path);
  appendBundleHistory(db, {
    direction: 'export',
    kind: 'ack',
    peer,
    at: context.clock.now(),
    operator: manifest.operator,
    file,
    bytes,
    summary: { origins: Object.keys(vector).length },
  });
  return { peer, file, bytes };
}

/**
 * Imports a bundle: a first complete pass verifies it (envelope, recipient, sender, age
 * integrity, entry names and limits, the sender's signature) and builds the preview with no
 * write; unless `dryRun`, a second pass applies each batch of commits through sync's own
 * receive path (`commitStore.receive`: the same signature, order, ownership and revocation
 * rules, idempotent) and stores the photos through sync's photo store (hash-checked). An ack
 * bundle records what the sender holds. Every refusal throws before anything is written.
 * The file is opened once for both passes; `noFollow` (a page's file) refuses a symbolic link.
 */
export async function importBundle(
  context: NodeContext,
  input: { path: string; dryRun?: boolean; onProgress?: BundleProgress; noFollow?: boolean },
): Promise<ImportSummary> {
  // One handle for both passes: the file verified is the file applied.
  const handle = await openBundleFile(input.path, { noFollow: input.noFollow });
  const db = context.store.db;
  importsRunning.set(db, (importsRunning.get(db) ?? 0) + 1);
  db.pragma(`cache_size = -${importCacheKib}`);
  try {
    return await importFrom(context, handle, input);
  } finally {
    // Two imports (or previews) may overlap: the last to end gives the usual cache back.
    const running = (importsRunning.get(db) ?? 1) - 1;
    importsRunning.set(db, running);
    if (running === 0 && db.open) db.pragma(`cache_size = -${usualCacheKib}`);
    await handle.close();
  }
}

/** How many imports hold the small page cache of a connection now. */
const importsRunning = new WeakMap<object, number>();

/**
 * The page cache while a bundle is imported, in KiB (the node's usual one is 64 MiB): an
 * import writes each page once and seldom reads it again, so a large cache only adds to the
 * peak memory (measured with bench/bundle: 100k changes, 2,000 photos).
 */
const importCacheKib = 8 * 1024;

async function importFrom(
  context: NodeContext,
  handle: FileHandle,
  input: { path: string; dryRun?: boolean; onProgress?: BundleProgress },
): Promise<ImportSummary> {
  const db = context.store.db;
  const preview = createPreview(db);
  const options = {
    self: context.identity.nodeId,
    identity: deriveBundleKey(context.identity).identity,
    senderKey: senderKeyOf(context),
  };
  // Which batches the first pass checked, by content: the second takes them without checking again.
  const checked = new Set<string>();
  const verified = await readBundle(handle, {
    ...options,
    onManifest: (manifest, envelope) => preview.manifest(manifest, envelope),
    onEntry: (entry) => {
      if (entry.kind === 'commits') {
        preview.count(preview.commits(parseJson(entry.bytes, entry.name)));
        checked.add(contentKey(entry.name, entry.bytes));
      } else preview.photo(entry.name.slice('photos/'.length, -'.jpg'.length));
    },
    onProgress: (done, total) => input.onProgress?.({ phase: 'verify', done, total }),
  });
  const summary: ImportSummary = {
    preview: preview.result(),
    dryRun: input.dryRun === true,
    applied: 0,
    held: 0,
    rejected: [],
    refusedChanges: 0,
    photosStored: 0,
    photosRefused: 0,
  };
  if (summary.dryRun) return summary;
  const from = verified.envelope.from;
  if (verified.envelope.kind === 'ack') {
    recordAcknowledged(db, from, verified.manifest.vector, context.clock.now());
  } else {
    await applyBundle(context, handle, input, { sender: from, options, checked }, summary);
  }
  appendBundleHistory(db, {
    direction: 'import',
    kind: verified.envelope.kind,
    peer: from,
    at: context.clock.now(),
    operator: operatorName(context),
    file: basename(input.path),
    bytes: verified.bytes,
    summary: historySummary(summary),
  });
  return summary;
}

/** A batch's name and the SHA-256 of its bytes: the same key means the same, checked, content. */
function contentKey(name: string, bytes: Buffer): string {
  return `${name} ${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Photos stored at once while applying: enough for the photo store's group commit. */
const photosInFlight = 32;

/**
 * The second pass: commits through sync's receive path, photos through its photo store.
 * A batch whose bytes the first pass already checked is not shape-checked again (its commits
 * are still verified by their origins' signatures in `receive`); photos are handed to the
 * store several at a time, so their files are fsynced and their rows written in groups.
 */
async function applyBundle(
  context: NodeContext,
  handle: FileHandle,
  input: { onProgress?: BundleProgress },
  first: { sender: string; options: Parameters<typeof readBundle>[1]; checked: Set<string> },
  summary: ImportSummary,
): Promise<void> {
  const db = context.store.db;
  const store = createCommitStore(context);
  const photos = createPhotoStore(db, context.clock);
  const checker = createPreview(db);
  const storing = new Set<Promise<void>>();
  // A failure other than a refused photo (a full disk) ends the import once the others settle.
  let failure: { error: unknown } | undefined;
  const storePhoto = async (hash: string, bytes: Buffer) => {
    try {
      await photos.accept(hash, 0, bytes.length, bytes);
      summary.photosStored += 1;
    } catch (error) {
      if (error instanceof SamanvayError) summary.photosRefused += 1;
      else failure ??= { error };
    }
  };
  try {
    await readBundle(handle, {
      ...first.options,
      onEntry: async (entry) => {
        if (entry.kind === 'commits') {
          const json = parseJson(entry.bytes, entry.name);
          const commits = first.checked.has(contentKey(entry.name, entry.bytes))
            ? (json as Commit[])
            : checker.commits(json);
          receiveBatch(context, store, commits, first.sender, summary);
          return;
        }
        if (failure) throw failure.error;
        const hash = entry.name.slice('photos/'.length, -'.jpg'.length);
        if (photos.has(hash)) return;
        const stored = storePhoto(hash, entry.bytes).finally(() => storing.delete(stored));
        storing.add(stored);
        if (storing.size >= photosInFlight) await Promise.race(storing);
      },
      onProgress: (done, total) => input.onProgress?.({ phase: 'apply', done, total }),
    });
  } finally {
    await Promise.all(storing);
    store.close();
  }
  if (failure) throw failure.error;
}

/** One batch in one transaction, as a sync session takes a batch. */
function receiveBatch(
  context: NodeContext,
  store: ReturnType<typeof createCommitStore>,
  commits: Commit[],
  sender: string,
  summary: ImportSummary,
): void {
  const applied: Change[] = [];
  try {
    context.store.db.transaction(() => {
      for (const commit of commits) {
        const outcome = store.receive(commit, sender);
        if (outcome.status === 'held') summary.held += 1;
        else if (outcome.status === 'rejected') {
          const { origin, lastSeq, code } = outcome.rejection;
          summary.rejected.push({ origin, lastSeq, code });
        } else {
          summary.applied += 1;
          applied.push(...outcome.report.changes);
          summary.refusedChanges += outcome.report.refused.length;
        }
      }
    })();
  } catch (error) {
    store.reload();
    throw error;
  }
  if (applied.length > 0) announceReceived(context, applied);
}

function historySummary(summary: ImportSummary): Record<string, unknown> {
  const { preview } = summary;
  return {
    fromOffice: preview.fromOffice,
    createdAt: preview.createdAt,
    commits: preview.commits,
    newChanges: preview.newChanges,
    applied: summary.applied,
    rejected: summary.rejected.length,
    photos: summary.photosStored,
    offices: preview.offices,
    range: preview.range,
  };
}
