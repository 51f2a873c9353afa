import type { Db } from '../db/openDatabase';
import { defaultPhotoLimits } from './importPhoto';
import { readPhotoFile, removePhotoFile } from './photoFiles';
import { photoRecord, photoSizes } from './photoStorage';
import { loadSharp } from './loadSharp';

/**
 * Makes the thumbnails of received photos after they are stored, one at a time, while no
 * photo is arriving (`busy`): on a two-core machine decoding competes with the transfer. A photo that does
 * not decode is removed again (row and file): its hash was right, so its sender stored a
 * broken image, and a placeholder is better than an image that cannot be shown.
 */
export function createThumbnailQueue(
  db: Db,
  hooks: { thumbnailed?: (hash: string) => void; undecodable?: (hash: string) => void },
  busy: () => boolean = () => false,
) {
  const queue: string[] = [];
  const queued = new Set<string>();
  let running: Promise<void> | undefined;
  const save = db.prepare('UPDATE photos SET thumb = ? WHERE hash = ?');
  const remove = db.prepare('DELETE FROM photos WHERE hash = ?');

  async function make(hash: string): Promise<void> {
    // The node may have closed while this waited its turn.
    if (!db.open) return;
    const record = photoRecord(db, hash);
    if (!record) return;
    try {
      const bytes = readPhotoFile(db, hash, record.fileKey, record.size);
      const sharp = await loadSharp();
      const thumb = await sharp(bytes, {
        failOn: 'error',
        limitInputPixels: defaultPhotoLimits.maxPixels,
      })
        .resize({
          width: photoSizes.thumbEdge,
          height: photoSizes.thumbEdge,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .jpeg({ quality: 75, mozjpeg: true })
        .toBuffer();
      if (!db.open) return;
      save.run(thumb, hash);
      hooks.thumbnailed?.(hash);
    } catch {
      if (!db.open) return;
      remove.run(hash);
      removePhotoFile(db, hash);
      hooks.undecodable?.(hash);
    }
  }

  async function drain(): Promise<void> {
    for (let hash = queue.shift(); hash !== undefined; hash = queue.shift()) {
      // Photos still arriving go first: thumbnails wait for a pause in the transfer.
      while (busy() && db.open) await new Promise((resolve) => setTimeout(resolve, 50));
      queued.delete(hash);
      await make(hash);
    }
    running = undefined;
  }

  return {
    /** Queues a stored photo for its thumbnail. */
    add(hash: string): void {
      if (queued.has(hash)) return;
      queued.add(hash);
      queue.push(hash);
      running ??= drain();
    },
    /** Queues every stored photo still without a thumbnail (after a crash or a restart). */
    resume(): void {
      const hashes = db
        .prepare('SELECT hash FROM photos WHERE thumb IS NULL')
        .pluck()
        .all() as string[];
      for (const hash of hashes) this.add(hash);
    },
    /** Resolves once the queue is empty. */
    async idle(): Promise<void> {
      while (running) await running;
    },
    /** Drops what is queued (made at the next start: `resume`) and waits for the one being made. */
    async stop(): Promise<void> {
      for (const hash of queue.splice(0)) queued.delete(hash);
      await running;
    },
  };
}
