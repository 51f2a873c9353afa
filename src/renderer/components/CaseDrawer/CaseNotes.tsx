import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { NoteView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';

/** Notes on the case from any office: append-only, each signed with operator and office. */
export function CaseNotes({
  caseId,
  notes,
  viewerOfficeId,
  officeLabel,
  onAdded,
}: {
  caseId: string;
  notes: NoteView[];
  viewerOfficeId: string | undefined;
  officeLabel: (officeId: string) => string;
  onAdded: () => void;
}) {
  const { language, t } = useI18n();
  const client = useClient();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function add() {
    if (!text.trim()) return;
    setSending(true);
    setFailure(undefined);
    try {
      await client.call('notes.add', { targetEntity: 'case', targetId: caseId, text: text.trim() });
      setText('');
      onAdded();
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <Stack gap="xs">
      {notes.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('board.notes.none')}
        </Text>
      ) : null}
      {notes.map((note) => (
        <Paper
          key={note.id}
          withBorder
          p="xs"
          bg={note.officeId === viewerOfficeId ? undefined : 'grape.0'}
        >
          <Text size="xs" c="dimmed">
            {t('board.history.by', {
              operator: note.operatorName || '—',
              office: officeLabel(note.officeId),
            })}
            {' · '}
            {formatDateTime(note.createdAt, language)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.text}
          </Text>
        </Paper>
      ))}
      {failure ? <ErrorAlert error={failure} /> : null}
      <Textarea
        label={t('board.notes.add')}
        description={t('board.notes.hint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add();
        }}
        autosize
        minRows={2}
        maxLength={8000}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={() => void add()} loading={sending} disabled={!text.trim()}>
          {t('board.notes.post')}
        </Button>
      </Group>
    </Stack>
  );
}
