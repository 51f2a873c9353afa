import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState, type DragEvent } from 'react';
import type { OfficeView, SuspectFullDetail } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { useLoader } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { PhotoCarousel } from '../../components/PhotoCarousel/PhotoCarousel';
import { SimilarSuspects } from '../../components/SimilarSuspects/SimilarSuspects';
import { statusColor } from '../../components/SuspectCard/statusColor';
import { displayName } from '../../components/SuspectCard/suspectName';
import { SuspectForm } from '../../components/SuspectForm/SuspectForm';
import { formFromSuspect } from '../../components/SuspectForm/suspectForm';
import { officeName } from '../../format/officeName';
import { FollowButton } from '../../components/FollowButton/FollowButton';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './Dossier.module.css';
import { dossierChanges } from './dossierChanges';
import type { DossierActions } from './dossierContext';
import { DossierFacts } from './DossierFacts';
import { DossierHistory } from './DossierHistory';
import { DossierLinks } from './DossierLinks';
import { DossierNotes } from './DossierNotes';
import { useConfirm } from './useConfirm';
import { dossierEdit } from './dossierEdit';
import { useLastEdit } from './useLastEdit';
import { usePhotosFirst } from './usePhotosFirst';

export interface DossierPageProps {
  id: string;
  offices: ReadonlyMap<string, OfficeView>;
  backHref: string;
  hrefOf: (id: string) => string;
}

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/** One suspect's dossier; opening it marks it seen, and it follows changes live. */
export function DossierPage({ id, offices, backHref, hrefOf }: DossierPageProps) {
  const client = useClient();
  const { language, t } = useI18n();
  const detail = useLoader((c) => c.call('suspects.detail', { id }), `detail ${id}`, {
    refreshOn: ['suspect', 'link', 'note'],
  });
  const photosReady = usePhotosFirst(detail.data);
  // The matcher can take a while on a large database: it runs once the photos are in, so
  // that the dossier itself opens without waiting behind it.
  const similar = useLoader(
    (c) =>
      photosReady ? c.call('suspects.similar', { id, limit: 8 }) : Promise.resolve(undefined),
    `similar ${id} ${photosReady}`,
    { refreshOn: ['suspect', 'link'] },
  );
  const edits = useLastEdit();
  const [confirmDialog, confirm] = useConfirm();
  const [editing, setEditing] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    client.call('records.markSeen', { entity: 'suspect', id }).catch(() => undefined);
  }, [client, id]);

  const officeNameOf = (officeId: string) => {
    const office = offices.get(officeId);
    return office ? officeName(office, language) : officeId;
  };
  const back = (
    <Anchor href={backHref} size="sm">
      ← {t('gallery.dossier.back')}
    </Anchor>
  );
  if (!detail.data) {
    return (
      <Stack gap="sm">
        {back}
        {detail.loading ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('gallery.dossier.loading')}</Text>
          </Group>
        ) : (
          <ErrorAlert error={detail.error} onRetry={detail.reload} />
        )}
      </Stack>
    );
  }
  const suspect: SuspectFullDetail = detail.data;
  const actions: DossierActions = {
    id,
    client,
    canEdit: suspect.canEdit,
    edits,
    confirm,
    officeNameOf,
    hrefOf,
  };
  const name = displayName(suspect.name, suspect.otherNames, language);

  const { addPhoto, setPrimary, removePhoto, linkSimilar } = dossierChanges(
    actions,
    suspect,
    t('gallery.dossier.confirmPhoto'),
  );

  const dropProps = suspect.canEdit
    ? {
        onDragOver: (event: DragEvent) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: (event: DragEvent) => {
          if (event.currentTarget === event.target) setDragging(false);
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) addPhoto(file);
        },
      }
    : {};

  return (
    <div className={classes.dossier} data-testid="dossier" {...dropProps}>
      {dragging ? <div className={classes.dropOverlay}>{t('gallery.dossier.dropHere')}</div> : null}
      <Stack gap="sm">
        {back}
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="sm" align="center">
              <Title order={1} size="h2">
                {name.shown}
              </Title>
              <Badge color={statusColor[suspect.status]} variant="filled" tt="none" size="lg">
                {t(`gallery.status.${suspect.status}`)}
              </Badge>
            </Group>
            {name.original ? <Text c="dimmed">{name.original}</Text> : null}
            <Text size="sm">
              {t('gallery.dossier.owner', { office: officeNameOf(suspect.officeId) })}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <FollowButton suspectId={suspect.id} />
            {suspect.canEdit ? (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('gallery.dossier.edit')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {!suspect.canEdit ? (
          <Alert variant="light" color="gray" data-testid="not-owner">
            {t('gallery.dossier.notOwner', { office: officeNameOf(suspect.officeId) })}
          </Alert>
        ) : null}
        {suspect.updatedByOther ? (
          <Alert variant="light" color="yellow">
            {t('gallery.dossier.updatedByOther', { office: officeNameOf(suspect.updatedByOffice) })}
          </Alert>
        ) : null}
        {edits.error ? <ErrorAlert error={edits.error} /> : null}
        {edits.notice ? (
          <Group gap="sm" role="status">
            <Text size="sm" c="green.8">
              {t(edits.notice === 'saved' ? 'gallery.dossier.saved' : 'gallery.dossier.undone')}
            </Text>
            {edits.last ? (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => void edits.undoLast()}
                loading={edits.busy}
              >
                {t('gallery.dossier.undo')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md">
              <PhotoCarousel
                photos={suspect.photos}
                primary={suspect.primaryPhoto}
                name={name.shown}
                canEdit={suspect.canEdit}
                adding={edits.busy}
                onAdd={addPhoto}
                onSetPrimary={setPrimary}
                onRemove={(hash) => void removePhoto(hash)}
              />
              <SimilarSuspects
                matches={similar.data}
                linked={suspect.associates}
                hrefOf={hrefOf}
                officeNameOf={officeNameOf}
                busy={edits.busy}
                onLink={linkSimilar}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <DossierFacts suspect={suspect} actions={actions} />
              <DossierLinks suspect={suspect} actions={actions} />
              <DossierNotes notes={suspect.notes} actions={actions} />
              <DossierHistory history={suspect.history} officeNameOf={officeNameOf} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {confirmDialog}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('gallery.form.editTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('board.close') }}
      >
        <SuspectForm
          initial={formFromSuspect(suspect)}
          submitLabel="gallery.form.saveChanges"
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            const change = dossierEdit(client, suspect, input);
            if (await edits.run(change.apply, change.revert)) setEditing(false);
          }}
        />
      </Modal>
    </div>
  );
}
