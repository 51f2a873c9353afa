import { Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SuspectFullDetail } from '../../../shared/api/views';
import type { SuspectExtraSetValues } from '../../../shared/domain/recordExtras';
import { normaliseRegistration } from '../../../shared/domain/vehicle';
import { statusColor } from '../../components/SuspectCard/statusColor';
import { formatDate } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { DossierActions } from './dossierContext';
import { DossierRecordFacts } from './DossierRecordFacts';
import { ValueList } from './ValueList';

/** The dossier's set fields edited one value at a time. */
export type SetField =
  'aliases' | 'otherNames' | 'phones' | 'vehicles' | keyof SuspectExtraSetValues;

/** Adds or removes one value of a set field, with confirmation and undo. */
export function useValueEdits(actions: DossierActions) {
  const { t } = useI18n();
  const { client, id, edits, confirm } = actions;
  const add = (field: SetField, raw: string) => {
    const value = field === 'vehicles' ? (normaliseRegistration(raw) ?? raw) : raw;
    return edits.run(
      () => client.call('suspects.addValue', { id, field, value }),
      () => client.call('suspects.removeValue', { id, field, value }),
    );
  };
  const remove = async (field: SetField, value: string) => {
    if (!(await confirm(t('gallery.dossier.confirmValue', { value })))) return;
    await edits.run(
      () => client.call('suspects.removeValue', { id, field, value }),
      () => client.call('suspects.addValue', { id, field, value }),
    );
  };
  return { add, remove };
}

function Fact({ label, children }: { label: MessageKey; children: string }) {
  const { t } = useI18n();
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {t(label)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children.trim() === '' ? t('gallery.dossier.notRecorded') : children}
      </Text>
    </div>
  );
}

/** Names in several scripts, aliases, particulars, phones, vehicles and status history. */
export function DossierFacts({
  suspect,
  actions,
}: {
  suspect: SuspectFullDetail;
  actions: DossierActions;
}) {
  const { language, t } = useI18n();
  const values = useValueEdits(actions);
  const list = (field: SetField, label: MessageKey) => (
    <ValueList
      label={t(label)}
      values={suspect[field]}
      canEdit={actions.canEdit}
      busy={actions.edits.busy}
      onAdd={(value) => values.add(field, value)}
      onRemove={(value) => void values.remove(field, value)}
    />
  );
  const age = [
    suspect.age === null ? '' : t('gallery.dossier.ageYears', { age: suspect.age }),
    suspect.dateOfBirth ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  const height = [suspect.heightCm === null ? '' : `${suspect.heightCm} cm`, suspect.build]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.names')}>
        <Title order={2} size="h4" mb="xs">
          {t('gallery.dossier.names')}
        </Title>
        <Stack gap="xs">
          {list('otherNames', 'gallery.form.otherNames')}
          {list('aliases', 'gallery.form.aliases')}
        </Stack>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.particulars')}>
        <Title order={2} size="h4" mb="xs">
          {t('gallery.dossier.particulars')}
        </Title>
        <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          <Fact label="gallery.form.fatherName">{suspect.fatherName}</Fact>
          <Fact label="gallery.form.age">{age}</Fact>
          <Fact label="gallery.form.sex">{t(`gallery.sex.${suspect.sex}`)}</Fact>
          <Fact label="gallery.form.heightCm">{height}</Fact>
          <Fact label="gallery.form.gang">{suspect.gang}</Fact>
          <Fact label="gallery.dossier.reward">
            {suspect.reward > 0 ? formatMoney(suspect.reward, language) : ''}
          </Fact>
          <Fact label="gallery.form.address">{suspect.address}</Fact>
          <Fact label="gallery.form.marks">{suspect.marks}</Fact>
          <Fact label="gallery.form.mo">{suspect.mo}</Fact>
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm" mt="sm">
          {list('phones', 'gallery.form.phones')}
          {list('vehicles', 'gallery.form.vehicles')}
        </SimpleGrid>
      </Paper>
      <DossierRecordFacts suspect={suspect} list={list} />
      <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.statusHistory')}>
        <Title order={2} size="h4" mb="xs">
          {t('gallery.dossier.statusHistory')}
        </Title>
        <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {suspect.statusHistory.map((entry) => (
            <li key={`${entry.at}-${entry.status}`}>
              <Badge color={statusColor[entry.status]} variant="light" tt="none" mr="xs">
                {t(`gallery.status.${entry.status}`)}
              </Badge>
              <Text span size="sm">
                {[
                  entry.date ?? formatDate(entry.at, language),
                  entry.place,
                  entry.source,
                  actions.officeNameOf(entry.officeId),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
