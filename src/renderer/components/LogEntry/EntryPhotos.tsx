import { Image, Modal, Skeleton, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { usePhoto } from '../PhotoThumb/PhotoThumb';
import classes from './LogEntry.module.css';

/** An entry's photos as thumbnails; a click (or Enter) opens the full picture. */
export function EntryPhotos({ hashes }: { hashes: string[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | undefined>(undefined);
  if (hashes.length === 0) return null;
  const openHash = open === undefined ? null : (hashes[open] ?? null);
  return (
    <div className={classes.photos}>
      {hashes.map((hash, index) => (
        <UnstyledButton
          key={hash}
          className={classes.photoButton}
          onClick={() => setOpen(index)}
          aria-label={t('log.photo', { number: index + 1 })}
        >
          <Thumb hash={hash} />
        </UnstyledButton>
      ))}
      <Modal
        opened={openHash !== null}
        onClose={() => setOpen(undefined)}
        title={t('log.photo', { number: (open ?? 0) + 1 })}
        size="auto"
        centered
      >
        {openHash ? <FullPhoto hash={openHash} /> : null}
      </Modal>
    </div>
  );
}

function Thumb({ hash }: { hash: string }) {
  const { t } = useI18n();
  const photo = usePhoto(hash, 'thumb');
  if (!photo) return <Skeleton width={72} height={72} />;
  if (!photo.dataUrl) {
    return (
      <div className={classes.photoPending} title={t('photo.pending')}>
        …
      </div>
    );
  }
  return <Image src={photo.dataUrl} alt="" w={72} h={72} fit="cover" radius="sm" />;
}

function FullPhoto({ hash }: { hash: string }) {
  const { t } = useI18n();
  const photo = usePhoto(hash, 'full');
  if (!photo) return <Skeleton width={480} height={360} />;
  if (!photo.dataUrl) return <span>{t('photo.pending')}</span>;
  return (
    <Image
      src={photo.dataUrl}
      alt={t('log.photoTitle')}
      maw="min(90vw, 1200px)"
      mah="80vh"
      fit="contain"
    />
  );
}
