import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { MeetingAgenda } from '../../../shared/api/meetingContract';
import { useI18n } from '../../i18n/I18nProvider';

/** One list of the agenda, with "None" when it is empty. */
function AgendaList({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} size="h5">
        {title} ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meeting.none')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.slice(0, 50).map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The joint agenda: both sides' open lookouts, wanted, unsolved cases, new suspects, overdue requests. */
export function MeetingAgendaView({ agenda }: { agenda: MeetingAgenda }) {
  const { t } = useI18n();
  const person = (item: { name: string; officeId: string; policeStation: string }) =>
    `${item.name} — ${item.policeStation || item.officeId}`;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('meeting.agenda')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <AgendaList
          testId="agenda-lookouts"
          title={t('meeting.lookouts')}
          items={agenda.lookouts.map((lookout) => `${lookout.officeId}: ${lookout.name}`)}
        />
        <AgendaList
          testId="agenda-wanted"
          title={t('meeting.wanted')}
          items={agenda.wanted.map(person)}
        />
        <AgendaList
          testId="agenda-unsolved"
          title={t('meeting.unsolved')}
          items={agenda.unsolvedCases.map(
            (item) =>
              `${item.policeStation} PS ${item.firNumber}/${item.firYear} — ${item.crimeHead}`,
          )}
        />
        <AgendaList
          testId="agenda-new-suspects"
          title={t('meeting.newSuspects')}
          items={agenda.newSuspects.map(person)}
        />
        <AgendaList
          testId="agenda-overdue"
          title={t('meeting.overdue')}
          items={agenda.overdueRequests.map(
            (request) => `${request.entry.officeId}: ${request.entry.text}`,
          )}
        />
      </SimpleGrid>
    </Stack>
  );
}
