import { Avatar, Skeleton } from '@mantine/core';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PhotoData } from '../../../shared/api/views';
import { createPhotoCache, type PhotoCache } from '../../api/photoCache';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';

const PhotoCacheContext = createContext<PhotoCache | undefined>(undefined);

/** One photo cache for the screens below it. */
export function PhotoCacheProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const cache = useMemo(() => createPhotoCache(client), [client]);
  return <PhotoCacheContext.Provider value={cache}>{children}</PhotoCacheContext.Provider>;
}

/** The screens' photo cache (a small private one where no provider is above). */
export function usePhotoCache(): PhotoCache {
  const context = useContext(PhotoCacheContext);
  const client = useClient();
  return useMemo(() => context ?? createPhotoCache(client, 50), [context, client]);
}

/** A photo by hash: undefined while loading; `dataUrl` null while it has not arrived. */
export function usePhoto(hash: string | null, size: 'thumb' | 'full'): PhotoData | undefined {
  const cache = usePhotoCache();
  const [photo, setPhoto] = useState<PhotoData | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setPhoto(undefined);
    if (hash) {
      cache.get(hash, size).then(
        (loaded) => current && setPhoto(loaded),
        () => current && setPhoto({ hash, dataUrl: null, width: 0, height: 0 }),
      );
    }
    return () => {
      current = false;
    };
  }, [cache, hash, size]);
  return photo;
}

export interface PhotoThumbProps {
  hash: string | null;
  /** The person's name: the alt text, and initials when there is no photo. */
  name: string;
  size?: number;
  radius?: 'xs' | 'sm' | 'md' | 'xl';
}

/**
 * A suspect's thumbnail; initials when there is no photo, and a labelled placeholder while the
 * photo is still on its way from the office that took it.
 */
export function PhotoThumb({ hash, name, size = 48, radius = 'sm' }: PhotoThumbProps) {
  const { t } = useI18n();
  const photo = usePhoto(hash, 'thumb');
  if (hash && !photo) return <Skeleton width={size} height={size} radius={radius} />;
  if (hash && photo?.dataUrl === null) {
    return (
      <Avatar
        size={size}
        radius={radius}
        title={t('photo.pending')}
        aria-label={t('photo.pending')}
      >
        …
      </Avatar>
    );
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('');
  return (
    <Avatar src={photo?.dataUrl ?? null} alt={name} size={size} radius={radius}>
      {initials}
    </Avatar>
  );
}
