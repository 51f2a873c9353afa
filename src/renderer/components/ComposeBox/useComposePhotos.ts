import { useState } from 'react';
import { useClient } from '../../api/ClientProvider';
import { CallError } from '../../api/callError';

/** Photos waiting to go with the entry: hashes from `photos.add`, with a preview. */
export interface ComposePhoto {
  hash: string;
  preview: string | null;
}

/** As many as an entry may carry (`log.post` accepts up to 10). */
export const maxPhotos = 10;
/** Base64 grows a file by a third; `photos.add` takes up to 28 million characters. */
const maxFileBytes = 20 * 1024 * 1024;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new CallError('IMAGE_REJECTED'));
    reader.readAsDataURL(file);
  });
}

/**
 * Photos pasted, dropped or picked for the entry being written: each is stored by core at
 * once (`photos.add`, which strips EXIF and refuses hostile or huge images) and shown as a chip.
 */
export function useComposePhotos() {
  const client = useClient();
  const [photos, setPhotos] = useState<ComposePhoto[]>([]);
  const [adding, setAdding] = useState(0);
  const [error, setError] = useState<unknown>(undefined);

  async function addOne(file: File): Promise<void> {
    if (file.size > maxFileBytes) throw new CallError('IMAGE_TOO_LARGE');
    const added = await client.call('photos.add', { data: await readAsBase64(file) });
    setPhotos((current) =>
      current.some((photo) => photo.hash === added.hash) || current.length >= maxPhotos
        ? current
        : [...current, { hash: added.hash, preview: added.dataUrl }],
    );
  }

  /** Adds the image files among `files`; other files are ignored. */
  function add(files: readonly File[]): void {
    const images = files.filter((file) => file.type.startsWith('image/') || file.type === '');
    if (images.length === 0) return;
    setError(undefined);
    if (photos.length + images.length > maxPhotos) {
      setError('tooMany');
      return;
    }
    setAdding((count) => count + images.length);
    for (const file of images) {
      addOne(file)
        .catch((failure: unknown) => setError(failure))
        .finally(() => setAdding((count) => count - 1));
    }
  }

  return {
    photos,
    adding,
    error,
    add,
    remove: (hash: string) => setPhotos((current) => current.filter((p) => p.hash !== hash)),
    /** Empties the list after a post; returns what it held, to restore if the post fails. */
    take: () => {
      const taken = photos;
      setPhotos([]);
      setError(undefined);
      return taken;
    },
    restore: (taken: ComposePhoto[]) => setPhotos(taken),
  };
}
