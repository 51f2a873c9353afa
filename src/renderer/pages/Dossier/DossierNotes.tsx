import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { NoteView } from '../../../shared/api/views';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import type { DossierActions } from './dossierContext';

/** Notes from every office, append-only and attributed, with a box to add one. */
export function DossierNotes({ notes, actions }: { notes: NoteView[]; actions: DossierActions }) {
  const { language, t } = useI18n();
  const [text, setText] = useState('');
  const add = async () => {
    const done = await actions.edits.run(
      () =>
        actions.client.call('notes.add', {
          targetEntity: 'suspect',
          targetId: actions.id,
          text: text.trim(),
        }),
      undefined,
    );
    if (done) setText('');
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.notes')}>
      <Title order={2} size="h4" mb="xs">
        {t('gallery.dossier.notes')}
      </Title>
      {notes.length === 0 ? <Text size="sm">{t('gallery.dossier.noNotes')}</Text> : null}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {notes.map((note) => (
          <li key={note.id}>
            <Text size="xs" c="dimmed">
              {formatDateTime(note.createdAt, language)} ·{' '}
              {t('gallery.dossier.by', {
                operator: note.operatorName,
                office: actions.officeNameOf(note.officeId),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {note.text}
            </Text>
          </li>
        ))}
      </Stack>
      <Textarea
        mt="sm"
        label={t('gallery.dossier.noteLabel')}
        autosize
        minRows={2}
        maxRows={6}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && text.trim()) void add();
        }}
      />
      <Button
        mt="xs"
        size="xs"
        disabled={text.trim() === '' || actions.edits.busy}
        onClick={() => void add()}
      >
        {t('gallery.dossier.addNote')}
      </Button>
    </Paper>
  );
}
