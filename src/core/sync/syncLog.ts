import type { Db, ReadDb } from '../db/openDatabase';

/** What the sync log records: refused connections, rejected commits, peer errors. */
export type SyncLogKind = 'refused' | 'rejected' | 'error';

/** One line of the sync log. */
export interface SyncLogEntry {
  id: number;
  at: number;
  kind: SyncLogKind;
  /** The node id the other side presented (or the peer's id), '' if none. */
  peer: string;
  address: string;
  code: string;
  detail: string;
}

/** Keeps the log to its newest entries. */
const keepEntries = 5000;

/** Appends one entry and trims the oldest past the limit; returns it. */
export function appendSyncLog(db: Db, entry: Omit<SyncLogEntry, 'id'>): SyncLogEntry {
  const result = db
    .prepare(
      'INSERT INTO sync_log (at, kind, peer, address, code, detail) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(entry.at, entry.kind, entry.peer, entry.address, entry.code, entry.detail.slice(0, 500));
  const id = Number(result.lastInsertRowid);
  if (id % 100 === 0) db.prepare('DELETE FROM sync_log WHERE id <= ?').run(id - keepEntries);
  return { id, ...entry };
}

/** The newest entries first, optionally of one kind. */
export function readSyncLog(db: ReadDb, kind?: SyncLogKind, limit = 200): SyncLogEntry[] {
  const rows =
    kind === undefined
      ? db.prepare('SELECT * FROM sync_log ORDER BY id DESC LIMIT ?').all(limit)
      : db
          .prepare('SELECT * FROM sync_log WHERE kind = ? ORDER BY id DESC LIMIT ?')
          .all(kind, limit);
  return rows as SyncLogEntry[];
}
