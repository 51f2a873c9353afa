import { Alert, Loader, MultiSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useCall, useLoader } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { MeetingAgendaView } from './MeetingAgenda';
import { MeetingExport } from './MeetingExport';
import { MeetingMinutes } from './MeetingMinutes';

/**
 * The Meeting screen, for a joint meeting of this office with one or more others: pick them,
 * see the joint agenda drawn from both sides, record minutes and decisions (tasks).
 */
export function MeetingPage({ officeId }: { officeId: string }) {
  const { t, language } = useI18n();
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const [chosen, setChosen] = useState<string[]>([]);
  const agenda = useLoader(
    async (client) =>
      chosen.length === 0 ? undefined : client.call('meeting.agenda', { offices: chosen }),
    `meeting.agenda ${chosen.join(',')}`,
    { refreshOn: ['case', 'suspect', 'log'] },
  );
  const officeName = (id: string) => {
    const office = offices.data?.find((known) => known.id === id);
    if (!office) return id;
    return language === 'hi' ? office.nameHi : language === 'bn' ? office.nameBn : office.nameEn;
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('meeting.title')}
      </Title>
      <MultiSelect
        label={t('meeting.offices')}
        data={(offices.data ?? [])
          .filter((office) => office.id !== officeId)
          .map((office) => ({ value: office.id, label: officeName(office.id) }))}
        value={chosen}
        onChange={setChosen}
        searchable
        clearable
        maw={640}
      />
      {chosen.length === 0 ? <Alert color="gray">{t('meeting.pickOffices')}</Alert> : null}
      {agenda.error ? <ErrorAlert error={agenda.error} onRetry={agenda.reload} /> : null}
      {chosen.length > 0 && agenda.loading ? <Loader aria-label={t('app.loading')} /> : null}
      {chosen.length > 0 && agenda.data ? <MeetingAgendaView agenda={agenda.data} /> : null}
      {chosen.length > 0 ? (
        <MeetingMinutes offices={[officeId, ...chosen]} officeName={officeName} />
      ) : null}
      {chosen.length > 0 ? <MeetingExport offices={chosen} /> : null}
    </Stack>
  );
}
