import { ActionIcon, Badge, Button, FileButton, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { PhotoThumb, usePhoto } from '../PhotoThumb/PhotoThumb';
import classes from './PhotoCarousel.module.css';

export interface PhotoCarouselProps {
  photos: string[];
  primary: string | null;
  /** Alt text and initials. */
  name: string;
  canEdit: boolean;
  adding: boolean;
  onAdd: (file: File) => void;
  onSetPrimary: (hash: string) => void;
  onRemove: (hash: string) => void;
}

function FullPhoto({ hash, alt }: { hash: string; alt: string }) {
  const { t } = useI18n();
  const photo = usePhoto(hash, 'full');
  if (!photo) return <Skeleton h="100%" w="100%" />;
  if (photo.dataUrl === null) return <Text c="dimmed">{t('photo.pending')}</Text>;
  return <img src={photo.dataUrl} alt={alt} width={photo.width} height={photo.height} />;
}

/**
 * The dossier's photos: the main one first, one shown large, the rest as a strip below; left
 * and right arrow keys move between them. The owner adds, promotes and removes photos.
 */
export function PhotoCarousel(props: PhotoCarouselProps) {
  const { t } = useI18n();
  const { photos, primary, name, canEdit } = props;
  const ordered =
    primary && photos.includes(primary)
      ? [primary, ...photos.filter((hash) => hash !== primary)]
      : photos;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const index = Math.max(0, chosen ? ordered.indexOf(chosen) : 0);
  const current = ordered[index];
  const step = (delta: number) => {
    const next = ordered[(index + delta + ordered.length) % ordered.length];
    if (next) setChosen(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') step(-1);
    if (event.key === 'ArrowRight') step(1);
  };

  return (
    <Stack gap="xs" aria-label={t('gallery.dossier.photos')} role="group" onKeyDown={onKeyDown}>
      {current ? (
        <>
          <div className={classes.stage} data-testid="photo-stage">
            <FullPhoto
              hash={current}
              alt={`${name}: ${t('gallery.dossier.photoOf', { index: index + 1, count: ordered.length })}`}
            />
          </div>
          <Group justify="space-between" gap="xs">
            <Group gap={4}>
              <ActionIcon
                variant="default"
                aria-label={t('gallery.dossier.previous')}
                onClick={() => step(-1)}
                disabled={ordered.length < 2}
              >
                ‹
              </ActionIcon>
              <Text size="sm">
                {t('gallery.dossier.photoOf', { index: index + 1, count: ordered.length })}
              </Text>
              <ActionIcon
                variant="default"
                aria-label={t('gallery.dossier.next')}
                onClick={() => step(1)}
                disabled={ordered.length < 2}
              >
                ›
              </ActionIcon>
            </Group>
            {current === primary ? (
              <Badge variant="light" tt="none">
                {t('gallery.dossier.primary')}
              </Badge>
            ) : canEdit ? (
              <Button size="compact-sm" variant="light" onClick={() => props.onSetPrimary(current)}>
                {t('gallery.dossier.setPrimary')}
              </Button>
            ) : null}
          </Group>
          {ordered.length > 1 ? (
            <div className={classes.strip}>
              {ordered.map((hash, position) => (
                <button
                  key={hash}
                  type="button"
                  className={classes.thumb}
                  data-current={hash === current}
                  aria-label={t('gallery.dossier.photoOf', {
                    index: position + 1,
                    count: ordered.length,
                  })}
                  aria-pressed={hash === current}
                  onClick={() => setChosen(hash)}
                >
                  <PhotoThumb hash={hash} name={name} size={52} />
                </button>
              ))}
            </div>
          ) : null}
        </>
      ) : (
        <Text c="dimmed" size="sm">
          {t('gallery.dossier.noPhotos')}
        </Text>
      )}
      {canEdit ? (
        <Group gap="xs">
          <FileButton
            onChange={(file) => file && props.onAdd(file)}
            accept="image/jpeg,image/png,image/webp"
          >
            {(buttonProps) => (
              <Button size="xs" loading={props.adding} {...buttonProps}>
                {t('gallery.dossier.addPhoto')}
              </Button>
            )}
          </FileButton>
          {current ? (
            <Button size="xs" variant="subtle" color="red" onClick={() => props.onRemove(current)}>
              {t('gallery.dossier.removePhoto')}
            </Button>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('gallery.dossier.dropHint')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
