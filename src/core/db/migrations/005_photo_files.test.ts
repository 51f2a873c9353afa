import { describe, expect, it } from 'vitest';
import { movePhotosOut } from '../../photos/movePhotosOut';
import { getPhoto } from '../../photos/photoStorage';
import { noiseBytes } from '../../photos/photoTestKit';
import { sha256 } from '../../photos/photoStorage';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

const tableNames = (scratch: ReturnType<typeof scratchDatabase>) =>
  scratch.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();

describe('migration 005: photos out of the database', () => {
  it('keeps the old photos aside until they are moved to files, then drops the old table', () => {
    const scratch = scratchDatabase(migrations, 4);
    try {
      const bytes = noiseBytes(300_000, 4);
      const hash = sha256(bytes);
      const thumb = Buffer.from('thumbnail');
      scratch.db
        .prepare(
          'INSERT INTO photos (hash, mime, width, height, bytes, thumb, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(hash, 'image/jpeg', 800, 1000, bytes, thumb, 5);
      runMigrations(scratch.db, migrations.slice(0, 5));
      expect(schemaVersion(scratch.db)).toBe(5);
      expect(tableNames(scratch)).toContain('photos_in_db');
      expect(tableNames(scratch)).not.toContain('photo_parts');
      expect(getPhoto(scratch.db, hash, 'full')).toBeUndefined();

      expect(movePhotosOut(scratch.db)).toBe(1);
      expect(tableNames(scratch)).not.toContain('photos_in_db');
      expect(getPhoto(scratch.db, hash, 'full')).toEqual({
        mime: 'image/jpeg',
        width: 800,
        height: 1000,
        bytes,
      });
      expect(getPhoto(scratch.db, hash, 'thumb')?.bytes).toEqual(thumb);
      expect(
        scratch.db.prepare('SELECT added_at FROM photos WHERE hash = ?').pluck().get(hash),
      ).toBe(5);
      expect(movePhotosOut(scratch.db)).toBe(0);
    } finally {
      scratch.close();
    }
  });

  it('leaves no old table behind on a database without photos', () => {
    const scratch = scratchDatabase(migrations, 4);
    try {
      runMigrations(scratch.db, migrations.slice(0, 5));
      expect(tableNames(scratch)).not.toContain('photos_in_db');
      expect(
        scratch.db
          .prepare("SELECT length(value) FROM meta WHERE key = 'photos.nameKey'")
          .pluck()
          .get(),
      ).toBe(64);
    } finally {
      scratch.close();
    }
  });
});
