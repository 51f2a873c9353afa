import type { Db } from '../db/openDatabase';
import { writePhotoFile } from './photoFiles';
import { insertPhotoRow } from './photoStorage';

/** A step of moving photos out, for tests that cut it short. */
export type MoveStep = 'file-written' | 'moved';

/**
 * Finishes migration 004: moves every photo still in `photos_in_db` into its encrypted file,
 * one photo at a time. Each photo's file is written and on disk (temp file, fsync, rename)
 * before the one transaction that adds its row and removes the old one, so a crash at any
 * point leaves every photo either in the old table or in a file with its row; the next open
 * carries on (a file written before the crash is simply written again under a new key).
 * Drops the old table once it is empty. Returns how many photos were moved.
 */
export function movePhotosOut(
  db: Db,
  onStep: (step: MoveStep, hash: string) => void = () => {},
): number {
  const pending = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photos_in_db'")
    .get();
  if (!pending) return 0;
  const next = db.prepare(
    'SELECT hash, mime, width, height, bytes, thumb, added_at AS addedAt FROM photos_in_db LIMIT 1',
  );
  const drop = db.prepare('DELETE FROM photos_in_db WHERE hash = ?');
  let moved = 0;
  for (;;) {
    const row = next.get() as
      | {
          hash: string;
          mime: string;
          width: number;
          height: number;
          bytes: Buffer;
          thumb: Buffer;
          addedAt: number;
        }
      | undefined;
    if (!row) break;
    const fileKey = writePhotoFile(db, row.hash, row.bytes);
    onStep('file-written', row.hash);
    db.transaction(() => {
      insertPhotoRow(db, { ...row, size: row.bytes.length, fileKey }, row.addedAt);
      drop.run(row.hash);
    })();
    moved += 1;
    onStep('moved', row.hash);
  }
  db.exec('DROP TABLE photos_in_db');
  return moved;
}
