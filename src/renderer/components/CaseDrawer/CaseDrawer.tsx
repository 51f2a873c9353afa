import { Badge, Button, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { CaseFullDetail } from '../../../shared/api/views';
import type { CaseFields } from '../../../shared/domain/records';
import { useLoader } from '../../api/useLoader';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseForm } from '../CaseForm/CaseForm';
import { caseFormOf } from '../CaseForm/caseFormValues';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { CaseFacts } from './CaseFacts';
import { CaseHistory } from './CaseHistory';
import { CaseLinks } from './CaseLinks';
import { CaseSimilar } from './CaseSimilar';
import { CaseNotes } from './CaseNotes';
import { CaseVehicles } from './CaseVehicles';
import classes from './CaseDrawer.module.css';
import { caseTitle } from '../../format/caseTitle';

export interface CaseDrawerProps {
  caseId: string | undefined;
  viewerOfficeId: string | undefined;
  officeLabel: (officeId: string) => string;
  policeStations: string[];
  onClose: () => void;
  /** The case was opened and marked seen: its "updated by the other side" mark is gone. */
  onSeen: () => void;
  onEdit: (id: string, title: string, before: CaseFields, after: CaseFields) => Promise<void>;
}

/** Drawer with the whole case; it follows live changes and marks the case seen when opened. */
export function CaseDrawer(props: CaseDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer
      opened={props.caseId !== undefined}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={t('board.detail.title')}
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      {props.caseId ? <CaseDetailBody {...props} caseId={props.caseId} /> : null}
    </Drawer>
  );
}

function CaseDetailBody({
  caseId,
  viewerOfficeId,
  officeLabel,
  policeStations,
  onSeen,
  onEdit,
}: CaseDrawerProps & { caseId: string }) {
  const { t, language } = useI18n();
  const client = useClient();
  const [editing, setEditing] = useState(false);
  const detail = useLoader<CaseFullDetail>(
    (api) => api.call('cases.detail', { id: caseId }),
    caseId,
    { refreshOn: ['case', 'link', 'note', 'suspect'] },
  );
  const loaded = detail.data?.id === caseId ? detail.data : undefined;
  const seenNeeded = loaded !== undefined;

  const seenRef = useRef(onSeen);
  useEffect(() => {
    seenRef.current = onSeen;
  });
  // Once per opening: a live refresh of the same case is not a new look at it.
  useEffect(() => {
    if (!seenNeeded) return;
    client.call('records.markSeen', { entity: 'case', id: caseId }).then(
      () => seenRef.current(),
      () => undefined,
    );
  }, [client, caseId, seenNeeded]);

  if (!loaded) {
    return detail.error ? (
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
    ) : (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('board.detail.loading')}</Text>
      </Group>
    );
  }
  const title = caseTitle(t, language, loaded);
  return (
    <Stack gap="md" data-testid="case-detail">
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {title}
          </Title>
          <Group gap={6} mt={4}>
            <Badge variant="light" tt="none">
              {t(`lane.${loaded.lane}`)}
            </Badge>
            <Badge variant="outline" color="indigo" tt="none">
              {officeLabel(loaded.officeId)}
            </Badge>
            {loaded.updatedByOther ? (
              <Badge color="yellow" variant="filled" tt="none">
                {t('board.card.updatedBy', { office: officeLabel(loaded.updatedByOffice) })}
              </Badge>
            ) : null}
          </Group>
        </div>
        {loaded.canEdit && !editing ? (
          <Button size="xs" onClick={() => setEditing(true)}>
            {t('board.detail.edit')}
          </Button>
        ) : null}
      </Group>
      {!loaded.canEdit ? (
        <Text size="sm" c="grape.8">
          {t('board.detail.readOnly', { office: officeLabel(loaded.officeId) })}
        </Text>
      ) : null}
      {editing ? (
        <CaseForm
          mode="edit"
          initial={caseFormOf(loaded)}
          policeStations={policeStations}
          onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            await onEdit(caseId, title, loaded, fields);
            setEditing(false);
            detail.reload();
          }}
        />
      ) : (
        <CaseFacts detail={loaded} officeLabel={officeLabel} />
      )}
      <section className={classes.section}>
        <Title order={3} size="h5">
          {t('board.detail.suspects')}
        </Title>
        <CaseLinks detail={loaded} officeLabel={officeLabel} onChanged={detail.reload} />
      </section>
      <section className={classes.section}>
        <Title order={3} size="h5" mb="xs">
          {t('search.similarCases.title')}
        </Title>
        <CaseSimilar
          caseId={caseId}
          officeLabel={officeLabel}
          sameGang={loaded.linkedCases
            .filter((linked) => linked.role === 'same_gang')
            .map((linked) => linked.id)}
          onChanged={detail.reload}
        />
      </section>
      <section className={classes.section}>
        <Title order={3} size="h5" mb="xs">
          {t('board.detail.vehicles')}
        </Title>
        <CaseVehicles
          caseId={caseId}
          vehicles={loaded.vehicles}
          canEdit={loaded.canEdit}
          onSaved={detail.reload}
        />
      </section>
      <section className={classes.section}>
        <Title order={3} size="h5" mb="xs">
          {t('board.detail.notes', { count: loaded.notes.length })}
        </Title>
        <CaseNotes
          caseId={caseId}
          notes={loaded.notes}
          viewerOfficeId={viewerOfficeId}
          officeLabel={officeLabel}
          onAdded={detail.reload}
        />
      </section>
      <section className={classes.section}>
        <Title order={3} size="h5" mb="xs">
          {t('board.detail.history')}
        </Title>
        <CaseHistory history={loaded.history} officeLabel={officeLabel} />
      </section>
    </Stack>
  );
}
