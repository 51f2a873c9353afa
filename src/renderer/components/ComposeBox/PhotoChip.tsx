import { Avatar, CloseButton, Group, Pill } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { usePhoto } from '../PhotoThumb/PhotoThumb';
import type { ComposePhoto } from './useComposePhotos';

/** A photo stored for the entry being written, with a button to leave it out. */
export function PhotoChip({
  photo,
  number,
  onRemove,
}: {
  photo: ComposePhoto;
  number: number;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const loaded = usePhoto(photo.preview ? null : photo.hash, 'thumb');
  const name = t('log.photo', { number });
  return (
    <Pill size="lg" data-photo={photo.hash}>
      <Group gap={4} wrap="nowrap">
        <Avatar src={photo.preview ?? loaded?.dataUrl ?? null} alt={name} size={22} radius="xs" />
        <span>{name}</span>
        <CloseButton size="xs" aria-label={t('log.compose.remove', { name })} onClick={onRemove} />
      </Group>
    </Pill>
  );
}
