import { useEffect, useState } from 'react';
import { parseGalleryHash, type GalleryLocation } from '../../routing/galleryQuery';

/** The gallery's filter and open dossier, following the address's hash. */
export function useGalleryLocation(): GalleryLocation {
  const [location, setLocation] = useState(() => parseGalleryHash(window.location.hash));
  useEffect(() => {
    const follow = () => setLocation(parseGalleryHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return location;
}
