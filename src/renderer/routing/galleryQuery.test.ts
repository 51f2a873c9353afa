import { describe, expect, it } from 'vitest';
import { galleryHref, parseGalleryHash } from './galleryQuery';

describe('gallery location in the hash', () => {
  it('round-trips every filter and the open dossier', () => {
    const location = {
      filter: {
        status: 'wanted' as const,
        officeId: 'jh-dhanbad',
        gang: 'Koyla gang',
        mo: 'cattle',
        text: 'रमेश',
        hasPhoto: false,
      },
      suspectId: 'abc123',
    };
    const href = galleryHref(location);
    expect(href.startsWith('#/gallery/abc123?')).toBe(true);
    expect(parseGalleryHash(href)).toEqual(location);
  });

  it('ignores values a hand-edited address could carry', () => {
    expect(
      parseGalleryHash('#/gallery/..%2F?status=napping&office=DROP TABLE&photo=maybe'),
    ).toEqual({ filter: {}, suspectId: undefined });
    expect(galleryHref({ filter: {}, suspectId: undefined })).toBe('#/gallery');
  });
});
