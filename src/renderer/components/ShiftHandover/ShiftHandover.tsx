import { Button, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Handover, LogEntryView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';

function Section({ title, entries }: { title: MessageKey; entries: LogEntryView[] }) {
  const { t } = useI18n();
  return (
    <div>
      <Title order={3} size="h5">
        {t(title)} ({entries.length})
      </Title>
      {entries.length === 0 ? (
        <Text size="sm">{t('records.handoverNothing')}</Text>
      ) : (
        <List size="sm">
          {entries.map((entry) => (
            <List.Item key={entry.id}>{entry.text}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/**
 * One click at the end of a shift: records the handover to the incoming operator (name and
 * time) and lists what they take over: open requests, active urgent entries, unacknowledged items.
 */
export function ShiftHandover() {
  const { t, language } = useI18n();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [result, setResult] = useState<Handover | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const submit = async () => {
    setFailure(undefined);
    try {
      setResult(await client.call('log.handover', { incomingOperator: name.trim() }));
    } catch (caught) {
      setFailure(caught);
    }
  };
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('records.handover')}
      </Button>
      <Modal
        opened={open}
        onClose={() => {
          setOpen(false);
          setResult(undefined);
        }}
        title={t('records.handover')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('board.close') }}
      >
        {result ? (
          <Stack gap="sm">
            <Text fw={600} role="status">
              {t('records.handoverDone', {
                name: result.entry.incomingOperator,
                time: formatDateTime(result.entry.at, language),
              })}
            </Text>
            <Section
              title="records.handoverOpen"
              entries={result.openRequests.map((r) => r.entry)}
            />
            <Section title="records.handoverUrgent" entries={result.urgent} />
            <Section title="records.handoverUnacked" entries={result.unacknowledged} />
          </Stack>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim()) void submit();
            }}
          >
            <Stack gap="sm">
              {failure ? <ErrorAlert error={failure} /> : null}
              <TextInput
                label={t('records.incomingOperator')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                required
                data-autofocus
              />
              <Group justify="flex-end">
                <Button type="submit" disabled={!name.trim()}>
                  {t('records.handoverRecord')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
