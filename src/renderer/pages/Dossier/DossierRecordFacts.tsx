import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SuspectFullDetail } from '../../../shared/api/views';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { SetField } from './DossierFacts';

/** Height in cm with feet and inches beside it, as registers write it. */
export function feetAndInches(cm: number): { feet: number; inches: number } {
  const totalInches = Math.round(cm / 2.54);
  return { feet: Math.floor(totalInches / 12), inches: totalInches % 12 };
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

/** The history-sheet fields of a dossier: family, addresses, particulars, identifiers, status and reward details. */
export function DossierRecordFacts({
  suspect,
  list,
}: {
  suspect: SuspectFullDetail;
  list: (field: SetField, label: MessageKey) => ReactNode;
}) {
  const { t } = useI18n();
  const height =
    suspect.heightCm === null
      ? ''
      : t('records.heightValue', { cm: suspect.heightCm, ...feetAndInches(suspect.heightCm) });
  const ageOn =
    suspect.age !== null && suspect.ageOn
      ? t('records.ageOnValue', { age: suspect.age, date: suspect.ageOn })
      : '';
  const relation = suspect.relation
    ? `${t(`records.relation.${suspect.relation}`)} ${suspect.fatherName}`
    : '';
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('records.identifiers')}>
      <Title order={2} size="h4" mb="xs">
        {t('records.identifiers')}
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          <Fact label="records.relation">{relation}</Fact>
          <Fact label="records.ageOn">{ageOn}</Fact>
          <Fact label="records.height">{height}</Fact>
          <Fact label="records.permanentAddress">{suspect.address}</Fact>
          <Fact label="records.presentAddress">{suspect.presentAddress}</Fact>
          <Fact label="records.complexion">{suspect.complexion}</Fact>
          <Fact label="records.face">{suspect.face}</Fact>
          <Fact label="records.hair">{suspect.hair}</Fact>
          <Fact label="records.beardMoustache">{suspect.beardMoustache}</Fact>
          <Fact label="records.languages">{suspect.languages}</Fact>
          <Fact label="records.occupation">{suspect.occupation}</Fact>
          <Fact label="records.historySheetNumber">
            {[suspect.historySheetNumber, suspect.historySheetPs].filter(Boolean).join(' · ')}
          </Fact>
          <Fact label="records.cigNumber">{suspect.cigNumber}</Fact>
          <Fact label="records.cctnsId">{suspect.cctnsId}</Fact>
          <Fact label="records.nafisId">{suspect.nafisId}</Fact>
          <Fact label="records.statusDate">
            {[suspect.statusDate ?? '', suspect.statusPlace, suspect.statusSource]
              .filter(Boolean)
              .join(' · ')}
          </Fact>
          <Fact label="records.rewardAuthority">
            {[suspect.rewardAuthority, suspect.rewardDate ?? ''].filter(Boolean).join(' · ')}
          </Fact>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {list('fatherOtherNames', 'records.fatherOtherNames')}
          {list('hideouts', 'records.hideouts')}
          {list('bankAccounts', 'records.bankAccounts')}
          {list('upiIds', 'records.upiIds')}
          {list('imeis', 'records.imeis')}
          {list('emails', 'records.emails')}
          {list('socialHandles', 'records.socialHandles')}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
