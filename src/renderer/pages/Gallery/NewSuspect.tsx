import { Modal } from '@mantine/core';
import { useClient } from '../../api/ClientProvider';
import { readPhotoFile } from '../../components/PhotoCarousel/photoFile';
import { SuspectForm } from '../../components/SuspectForm/SuspectForm';
import { emptySuspectForm } from '../../components/SuspectForm/suspectForm';
import { useI18n } from '../../i18n/I18nProvider';

export interface NewSuspectProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/**
 * The "new suspect" form in a dialog. A chosen photo is sent first, so that a refused image
 * (hostile or huge) stops the save with its message before any dossier exists.
 */
export function NewSuspect({ opened, onClose, onCreated }: NewSuspectProps) {
  const client = useClient();
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('gallery.form.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      <SuspectForm
        initial={emptySuspectForm}
        submitLabel="gallery.form.save"
        withPhoto
        onCancel={onClose}
        onSubmit={async (input, photo) => {
          const photos: string[] = [];
          if (photo) {
            const added = await client.call('photos.add', { data: await readPhotoFile(photo) });
            photos.push(added.hash);
          }
          const { id } = await client.call('suspects.create', {
            ...input,
            photos,
            primaryPhoto: photos[0] ?? null,
          });
          onCreated(id);
        }}
      />
    </Modal>
  );
}
