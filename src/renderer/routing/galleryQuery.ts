import type { SuspectFilterInput } from '../../shared/api/screensContract';
import { suspectStatuses, type SuspectStatus } from '../../shared/domain/enums';

/**
 * Where the gallery is, read from and written to the address's hash, so that a filtered view
 * (or an open dossier) survives a reload and can be reopened:
 * `#/gallery?status=wanted&office=jh-dhanbad&photo=yes` and `#/gallery/SUSPECT_ID?…`.
 */
export interface GalleryLocation {
  filter: SuspectFilterInput;
  /** The open dossier, if any. */
  suspectId: string | undefined;
}

const idPattern = /^[a-z0-9:_-]{1,64}$/;

function isStatus(value: string | null): value is SuspectStatus {
  return value !== null && (suspectStatuses as readonly string[]).includes(value);
}

/** Parses `#/gallery/ID?status=…`; unknown or malformed parts are ignored. */
export function parseGalleryHash(hash: string): GalleryLocation {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?', 2);
  const params = new URLSearchParams(query);
  const filter: SuspectFilterInput = {};
  const status = params.get('status');
  if (isStatus(status)) filter.status = status;
  const office = params.get('office');
  if (office && idPattern.test(office)) filter.officeId = office;
  for (const [key, name] of [
    ['gang', 'gang'],
    ['mo', 'mo'],
    ['q', 'text'],
  ] as const) {
    const value = params.get(key)?.trim().slice(0, 200);
    if (value) filter[name] = value;
  }
  const photo = params.get('photo');
  if (photo === 'yes' || photo === 'no') filter.hasPhoto = photo === 'yes';
  const segment = path.split('/')[1];
  const suspectId = segment && idPattern.test(segment) ? segment : undefined;
  return { filter, suspectId };
}

/** The query part for a filter, in a stable order: `status=wanted&photo=yes`. */
export function filterQuery(filter: SuspectFilterInput): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.officeId) params.set('office', filter.officeId);
  if (filter.gang) params.set('gang', filter.gang);
  if (filter.mo) params.set('mo', filter.mo);
  if (filter.text) params.set('q', filter.text);
  if (filter.hasPhoto !== undefined) params.set('photo', filter.hasPhoto ? 'yes' : 'no');
  return params.toString();
}

/** `#/gallery?…` or `#/gallery/ID?…`. */
export function galleryHref(location: GalleryLocation): string {
  const query = filterQuery(location.filter);
  const path = location.suspectId ? `#/gallery/${location.suspectId}` : '#/gallery';
  return query ? `${path}?${query}` : path;
}
