import { Button, Checkbox, Fieldset, Group, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorCodeOf } from '../../api/callError';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes } from './syncFormat';

/**
 * Exports a bundle for one computer, and writes the acknowledgement to carry back: into the
 * bundle folder, or, in the app, where the operator chooses in the save dialog. The page never
 * names a path.
 */
export function BundleExport({ onDone }: { onDone: () => void }) {
  const client = useClient();
  const { t, locale } = useI18n();
  const [peer, setPeer] = useState('');
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setFailure(undefined);
    setMessage('');
    try {
      setMessage(await work());
      onDone();
    } catch (error) {
      // The operator closed the save dialog: nothing happened, nothing to say.
      if (errorCodeOf(error) !== 'CANCELLED') setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function exportBundle(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const result = await client.call('bundle.export', {
        peer: peer.trim().toUpperCase(),
        full,
      });
      return t('bundle.exported', {
        file: result.file,
        commits: result.commits,
        changes: result.changes,
        photos: result.photos,
        size: formatBytes(result.bytes, locale),
      });
    });
  }

  function writeAck(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const result = await client.call('bundle.ack', {});
      return t('bundle.acked', { peer: result.peer, file: result.file });
    });
  }

  return (
    <Fieldset legend={t('bundle.exportTitle')}>
      <form onSubmit={exportBundle}>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('bundle.peer')}
            placeholder="K7QD-2M9X-4PQR-8ZTA"
            value={peer}
            onChange={(event) => setPeer(event.currentTarget.value)}
            required
            styles={{ input: { fontFamily: 'monospace' } }}
            w={240}
          />
          <Button type="submit" loading={busy}>
            {t('bundle.export')}
          </Button>
        </Group>
        <Checkbox
          mt="xs"
          label={t('bundle.full')}
          checked={full}
          onChange={(event) => setFull(event.currentTarget.checked)}
        />
      </form>
      <form onSubmit={writeAck}>
        <Group align="center" wrap="wrap" mt="md">
          <Text size="sm">{t('bundle.ackTitle')}</Text>
          <Button type="submit" variant="light" loading={busy}>
            {t('bundle.ack')}
          </Button>
        </Group>
      </form>
      {message ? (
        <Text c="green" size="sm" mt="xs" role="status">
          {message}
        </Text>
      ) : null}
      {failure ? <ErrorAlert error={failure} /> : null}
    </Fieldset>
  );
}
