import type { Client } from '../../shared/api/client';
import type { PhotoData } from '../../shared/api/views';

/**
 * Photos by hash and size, fetched once and kept (most recently used last) up to a limit, so
 * a scrolling gallery does not ask core for the same thumbnail twice. A placeholder (a photo
 * that has not arrived from its office) is not kept: it is asked for again next time.
 */
export interface PhotoCache {
  get(hash: string, size: 'thumb' | 'full'): Promise<PhotoData>;
}

export function createPhotoCache(client: Client, limit = 600): PhotoCache {
  const entries = new Map<string, Promise<PhotoData>>();
  return {
    get(hash, size) {
      const key = `${size}:${hash}`;
      const cached = entries.get(key);
      if (cached) {
        entries.delete(key);
        entries.set(key, cached);
        return cached;
      }
      const loading = client.call('photos.get', { hash, size });
      entries.set(key, loading);
      loading.then(
        (photo) => {
          if (photo.dataUrl === null) entries.delete(key);
        },
        () => entries.delete(key),
      );
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return loading;
    },
  };
}
