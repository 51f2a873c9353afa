import { Button, Group, List, Stack, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { MeetingExport as Exported } from '../../../shared/api/meetingContract';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { SavePdf } from '../../components/SavePdf/SavePdf';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Export in one step: a bundle for each office present, written into the node's bundle folder
 * (in the app, into the folder the operator picks in main's dialog: the page names no path),
 * and the minutes with the exchanged lists, shown ready to print (or Save as PDF).
 */
export function MeetingExport({ offices }: { offices: string[] }) {
  const client = useClient();
  const { t, language } = useI18n();
  const [result, setResult] = useState<Exported | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const frame = useRef<HTMLIFrameElement>(null);

  async function run(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(
        await client.call('meeting.export', {
          offices,
          language: language === 'bn' ? 'bn' : 'hi',
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('meeting.export')}
      </Title>
      <form onSubmit={(event) => void run(event)}>
        <Group align="end">
          <Button type="submit" loading={busy}>
            {t('meeting.exportNow')}
          </Button>
          <Button
            variant="light"
            disabled={!result}
            onClick={() => frame.current?.contentWindow?.print()}
          >
            {t('bulletin.print')}
          </Button>
          <SavePdf
            disabled={!result}
            save={() =>
              client.call('meeting.pdf', { offices, language: language === 'bn' ? 'bn' : 'hi' })
            }
            print={() => frame.current?.contentWindow?.print()}
          />
        </Group>
      </form>
      {failure ? <ErrorAlert error={failure} /> : null}
      {result ? (
        <List size="sm" data-testid="meeting-bundles">
          {result.bundles.map((bundle) => (
            <List.Item key={bundle.file}>
              {t('meeting.bundleWritten', {
                office: bundle.office,
                file: bundle.file,
                changes: bundle.changes,
              })}
            </List.Item>
          ))}
        </List>
      ) : null}
      {result ? (
        <iframe
          ref={frame}
          title={t('meeting.record')}
          srcDoc={result.html}
          sandbox="allow-same-origin allow-modals"
          style={{ width: '100%', height: '60vh', border: '1px solid #ccc', background: '#fff' }}
        />
      ) : null}
    </Stack>
  );
}
