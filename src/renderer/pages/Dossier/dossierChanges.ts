import type { SuspectFullDetail } from '../../../shared/api/views';
import { readPhotoFile } from '../../components/PhotoCarousel/photoFile';
import type { DossierActions } from './dossierContext';

/**
 * The dossier's photo and same-person changes, each recorded through core with the change
 * that undoes it; removing a photo asks first (with `confirmPhoto`).
 */
export function dossierChanges(
  { id, client, edits, confirm }: DossierActions,
  suspect: SuspectFullDetail,
  confirmPhoto: string,
) {
  const addPhoto = (file: File) => {
    let added: string | undefined;
    void edits.run(
      async () => {
        const photo = await client.call('photos.add', {
          data: await readPhotoFile(file),
          suspectId: id,
        });
        added = photo.hash;
      },
      async () => {
        if (added) await client.call('suspects.removeValue', { id, field: 'photos', value: added });
      },
    );
  };
  const setPrimary = (hash: string) => {
    const previous = suspect.primaryPhoto;
    void edits.run(
      () => client.call('suspects.update', { id, fields: { primaryPhoto: hash } }),
      () => client.call('suspects.update', { id, fields: { primaryPhoto: previous } }),
    );
  };
  const removePhoto = async (hash: string) => {
    if (!(await confirm(confirmPhoto))) return;
    const wasPrimary = suspect.primaryPhoto === hash;
    await edits.run(
      () => client.call('suspects.removeValue', { id, field: 'photos', value: hash }),
      async () => {
        await client.call('suspects.addValue', { id, field: 'photos', value: hash });
        if (wasPrimary)
          await client.call('suspects.update', { id, fields: { primaryPhoto: hash } });
      },
    );
  };
  const linkSimilar = (otherId: string, role: 'same_person' | 'associate') => {
    const link = { kind: 'suspect_suspect', fromId: id, toId: otherId, role } as const;
    void edits.run(
      () => client.call('links.add', link),
      () => client.call('links.remove', link),
    );
  };
  return { addPhoto, setPrimary, removePhoto, linkSimilar };
}
