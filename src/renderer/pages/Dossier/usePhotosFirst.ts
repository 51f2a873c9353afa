import { useEffect, useState } from 'react';
import type { SuspectFullDetail } from '../../../shared/api/views';
import { usePhotoCache } from '../../components/PhotoThumb/PhotoThumb';

/**
 * Fetches the dossier's thumbnails and its main photo, and turns true once they are in (or
 * failed), so that slower calls can wait for them.
 */
export function usePhotosFirst(suspect: SuspectFullDetail | undefined): boolean {
  const cache = usePhotoCache();
  const [ready, setReady] = useState(false);
  const primary = suspect ? (suspect.primaryPhoto ?? suspect.photos[0] ?? null) : undefined;
  const thumbs = suspect?.photos.join(',');
  useEffect(() => {
    if (primary === undefined || thumbs === undefined || ready) return;
    const wanted = thumbs === '' ? [] : thumbs.split(',').map((hash) => cache.get(hash, 'thumb'));
    if (primary) wanted.push(cache.get(primary, 'full'));
    let current = true;
    void Promise.allSettled(wanted).then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [cache, primary, thumbs, ready]);
  return ready;
}
