import type { Db, ReadDb } from '../db/openDatabase';
import type { Vector } from '../sync/messages';

/** One bundle exported or imported here, for the history on the Sync screen. */
export interface BundleHistoryEntry {
  id: number;
  direction: 'export' | 'import';
  kind: 'changes' | 'ack';
  peer: string;
  at: number;
  operator: string;
  file: string;
  bytes: number;
  summary: Record<string, unknown>;
}

/** What `peer` is known to hold: the highest seq per origin it has acknowledged. */
export function acknowledgedVector(db: ReadDb, peer: string): Vector {
  const row = db.prepare('SELECT vector FROM bundle_acks WHERE peer = ?').get(peer) as
    { vector: string } | undefined;
  return row ? (JSON.parse(row.vector) as Vector) : {};
}

/**
 * Records that `peer` holds `vector` (an ack bundle, or an ack over the network). Only ever
 * raises a seq, so an older acknowledgement arriving late changes nothing.
 */
export function recordAcknowledged(db: Db, peer: string, vector: Vector, at: number): void {
  const merged = acknowledgedVector(db, peer);
  let raised = false;
  for (const [origin, seq] of Object.entries(vector)) {
    if (seq > (merged[origin] ?? 0)) {
      merged[origin] = seq;
      raised = true;
    }
  }
  if (!raised) return;
  db.prepare(
    `INSERT INTO bundle_acks (peer, vector, at) VALUES (?, ?, ?)
     ON CONFLICT (peer) DO UPDATE SET vector = excluded.vector, at = excluded.at`,
  ).run(peer, JSON.stringify(merged), at);
}

/** Forgets what a peer acknowledged, so its next bundle is full. */
export function forgetAcknowledged(db: Db, peer: string): void {
  db.prepare('DELETE FROM bundle_acks WHERE peer = ?').run(peer);
}

/** Adds a history line. */
export function appendBundleHistory(db: Db, entry: Omit<BundleHistoryEntry, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO bundle_history (direction, kind, peer, at, operator, file, bytes, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.direction,
      entry.kind,
      entry.peer,
      entry.at,
      entry.operator,
      entry.file,
      entry.bytes,
      JSON.stringify(entry.summary),
    );
  return Number(result.lastInsertRowid);
}

/** The newest history lines first. */
export function listBundleHistory(db: ReadDb, limit = 200): BundleHistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT id, direction, kind, peer, at, operator, file, bytes, summary FROM bundle_history
       ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(limit) as Array<Omit<BundleHistoryEntry, 'summary'> & { summary: string }>;
  return rows.map((row) => ({
    ...row,
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  }));
}

/** The sender of the bundle of changes imported last: whom an ack goes back to by default. */
export function lastImportedFrom(db: ReadDb): string | undefined {
  return db
    .prepare(
      `SELECT peer FROM bundle_history WHERE direction = 'import' AND kind = 'changes'
       ORDER BY at DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;
}
