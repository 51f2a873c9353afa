import type { Migration } from './migration';

/**
 * Photos move out of the database into encrypted files (src/core/photos/photoFiles.ts).
 * `photos` keeps one row per stored photo with the file's own AES-256-GCM key, its size and
 * its thumbnail (thumbnails stay in the database: ~10–20 KB each, read by every gallery page;
 * NULL until made, which happens after a received photo is stored). The old table is renamed
 * `photos_in_db`; file I/O cannot run in a SQL migration, so `movePhotosOut` (run by
 * `openStore` after the migrations) moves its rows out a few at a time, crash-safely, and
 * drops it when empty. `photo_parts` goes: a transfer now streams into its encrypted file.
 * The random key that names photo files is made here, inside the encrypted database.
 */
export const migration005PhotoFiles: Migration = {
  version: 5,
  name: 'photo_files',
  up(db) {
    db.exec(`
      ALTER TABLE photos RENAME TO photos_in_db;
      CREATE TABLE photos (
        hash TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        size INTEGER NOT NULL,
        file_key BLOB NOT NULL,
        thumb BLOB,
        added_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX photos_without_thumb ON photos (hash) WHERE thumb IS NULL;
      DROP TABLE photo_parts;
      INSERT INTO meta (key, value) VALUES ('photos.nameKey', lower(hex(randomblob(32))))
        ON CONFLICT (key) DO NOTHING;
    `);
    const left = db.prepare('SELECT count(*) FROM photos_in_db').pluck().get() as number;
    if (left === 0) db.exec('DROP TABLE photos_in_db');
  },
};
