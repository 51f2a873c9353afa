import { Button, EmptyState, Group, Loader, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { SuspectFilterInput } from '../../../shared/api/screensContract';
import type { OfficeView } from '../../../shared/api/views';
import { useCall } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { DossierPage } from '../Dossier/Dossier.page';
import { galleryHref } from '../../routing/galleryQuery';
import { GalleryFilters } from './GalleryFilters';
import { NewSuspect } from './NewSuspect';
import { SuspectGrid } from './SuspectGrid';
import { useGalleryLocation } from './useGalleryLocation';
import { useSuspectPages } from './useSuspectPages';

/** `#/gallery…`: the suspect gallery, or one dossier when the address names a suspect. */
export function GalleryPage() {
  const location = useGalleryLocation();
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const officeMap = useMemo(
    () => new Map<string, OfficeView>((offices.data ?? []).map((office) => [office.id, office])),
    [offices.data],
  );
  if (location.suspectId) {
    return (
      <DossierPage
        key={location.suspectId}
        id={location.suspectId}
        offices={officeMap}
        backHref={galleryHref({ filter: location.filter, suspectId: undefined })}
        hrefOf={(id) => galleryHref({ filter: location.filter, suspectId: id })}
      />
    );
  }
  return <Gallery filter={location.filter} offices={officeMap} />;
}

function Gallery({
  filter,
  offices,
}: {
  filter: SuspectFilterInput;
  offices: ReadonlyMap<string, OfficeView>;
}) {
  const { t } = useI18n();
  const pages = useSuspectPages(filter);
  const [creating, setCreating] = useState(false);
  const filtered = Object.keys(filter).length > 0;
  const go = (next: SuspectFilterInput) => {
    window.location.hash = galleryHref({ filter: next, suspectId: undefined });
  };
  const hrefOf = (id: string) => galleryHref({ filter, suspectId: id });

  let body;
  if (pages.total === undefined && !pages.error) {
    body = (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('gallery.loading')}</Text>
      </Group>
    );
  } else if (pages.total === undefined) {
    body = <ErrorAlert error={pages.error} onRetry={pages.reload} />;
  } else if (pages.total === 0) {
    body = filtered ? (
      <EmptyState
        title={t('gallery.noMatchTitle')}
        description={t('gallery.noMatchText')}
        mt="xl"
      />
    ) : (
      <EmptyState title={t('gallery.emptyTitle')} description={t('gallery.emptyText')} mt="xl" />
    );
  } else {
    body = (
      <>
        {pages.error ? <ErrorAlert error={pages.error} onRetry={pages.reload} /> : null}
        <SuspectGrid pages={pages} total={pages.total} offices={offices} hrefOf={hrefOf} />
      </>
    );
  }

  return (
    <>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="md" align="baseline">
          <Title order={1} size="h2">
            {t('nav.gallery')}
          </Title>
          {pages.total !== undefined ? (
            <Text size="sm" data-testid="suspect-count">
              {t('gallery.count', { count: pages.total })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('gallery.sortedByUpdate')}
          </Text>
        </Group>
        <Button onClick={() => setCreating(true)}>{t('gallery.newSuspect')}</Button>
      </Group>
      <GalleryFilters filter={filter} offices={[...offices.values()]} onChange={go} />
      {body}
      <NewSuspect
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          window.location.hash = hrefOf(id);
        }}
      />
    </>
  );
}
