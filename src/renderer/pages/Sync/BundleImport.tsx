import { Button, Fieldset, Group, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { BundleImportView } from '../../../shared/api/bundleContract';
import type { PayloadOf } from '../../../shared/api/contract';
import { errorCodeOf } from '../../api/callError';
import { useClient } from '../../api/ClientProvider';
import { useLoader } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Imports a bundle in two steps: check and preview (nothing changes), then import. A
 * progress bar follows both passes of a large bundle. The page never names a path: it picks a
 * bundle in the bundle folder, or, in the app, one the operator chose in the open dialog.
 */
export function BundleImport({ onDone }: { onDone: () => void }) {
  const client = useClient();
  const { t, language } = useI18n();
  const folder = useLoader((api) => api.call('bundle.files', {}), 'bundle.files');
  const { reload: reloadFiles } = folder;
  // A file chosen in the app's dialog: the name core gave it, and its own name to show.
  const [chosen, setChosen] = useState<{ file: string; name: string } | undefined>(undefined);
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<BundleImportView | undefined>(undefined);
  const [result, setResult] = useState<BundleImportView | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [progress, setProgress] = useState<PayloadOf<'bundle.progress'> | undefined>(undefined);

  useEffect(() => client.subscribe('bundle.progress', setProgress), [client]);
  // An export or acknowledgement just written appears in the list.
  useEffect(() => client.subscribe('sync.changed', reloadFiles), [client, reloadFiles]);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setFailure(undefined);
    setProgress(undefined);
    try {
      await work();
    } catch (error) {
      if (errorCodeOf(error) !== 'CANCELLED') setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function check(event: FormEvent) {
    event.preventDefault();
    if (file === null) return;
    setResult(undefined);
    setPreview(undefined);
    void run(async () => setPreview(await client.call('bundle.preview', { file })));
  }

  function choose() {
    void run(async () => {
      const answer = await client.call('bundle.choose', {});
      if (!answer) return;
      setChosen(answer);
      setFile(answer.file);
      setPreview(undefined);
      setResult(undefined);
    });
  }

  function apply() {
    if (file === null) return;
    void run(async () => {
      setResult(await client.call('bundle.import', { file }));
      setPreview(undefined);
      onDone();
    });
  }

  const view = preview?.preview;
  return (
    <Fieldset legend={t('bundle.importTitle')}>
      <form onSubmit={check}>
        <Group align="end" wrap="wrap">
          {folder.data?.dialog ? (
            <>
              <Button variant="default" onClick={choose} disabled={busy}>
                {t('bundle.choose')}
              </Button>
              {chosen ? <Text size="sm">{chosen.name}</Text> : null}
            </>
          ) : (
            <Select
              label={t('bundle.path')}
              placeholder={folder.data?.files.length === 0 ? t('bundle.noFiles') : undefined}
              data={(folder.data?.files ?? []).map((entry) => entry.name)}
              value={file}
              onChange={(value) => {
                setFile(value);
                setPreview(undefined);
              }}
              onDropdownOpen={reloadFiles}
              searchable
              w={360}
            />
          )}
          <Button type="submit" variant="light" loading={busy && !preview} disabled={file === null}>
            {t('bundle.preview')}
          </Button>
        </Group>
      </form>
      {folder.data && !folder.data.dialog ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('bundle.folder', { folder: folder.data.folder })}
        </Text>
      ) : null}
      {busy && progress && progress.total > 0 ? (
        <Stack gap={2} mt="xs">
          <Text size="xs">{t(`bundle.progress.${progress.phase}`)}</Text>
          <Progress
            value={Math.min(100, (100 * progress.done) / progress.total)}
            aria-label={t(`bundle.progress.${progress.phase}`)}
          />
        </Stack>
      ) : null}
      {view ? (
        <Stack gap="xs" mt="md" aria-label={t('bundle.preview')}>
          <Text fw={600}>
            {t('bundle.previewTitle', {
              from: view.from,
              office: view.fromOffice,
              operator: view.operator,
              date: formatDateTime(view.createdAt, language),
            })}
          </Text>
          {view.kind === 'ack' ? (
            <Text size="sm">{t('bundle.previewAck')}</Text>
          ) : (
            <>
              <Text size="sm">
                {t('bundle.newChanges', { count: view.newChanges, photos: view.newPhotos })}
              </Text>
              {view.range ? (
                <Text size="sm">
                  {t('bundle.range', {
                    from: formatDateTime(view.range.from, language),
                    to: formatDateTime(view.range.to, language),
                  })}
                </Text>
              ) : null}
              <OfficeTable preview={preview} />
            </>
          )}
          <Group>
            <Button onClick={apply} loading={busy}>
              {t('bundle.import')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {result ? (
        <Text c="green" size="sm" mt="xs" role="status">
          {result.preview.kind === 'ack'
            ? t('bundle.previewAck')
            : t('bundle.imported', {
                applied: result.applied,
                held: result.held,
                photos: result.photosStored,
                refused: result.rejected.length + result.refusedChanges,
              })}
        </Text>
      ) : null}
      {failure ? <ErrorAlert error={failure} /> : null}
    </Fieldset>
  );
}

function OfficeTable({ preview }: { preview: BundleImportView }) {
  const { t } = useI18n();
  const columns = [
    'newCases',
    'changedCases',
    'newSuspects',
    'changedSuspects',
    'logEntries',
  ] as const;
  return (
    <Table striped aria-label={t('bundle.office')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('bundle.office')}</Table.Th>
          {columns.map((column) => (
            <Table.Th key={column}>{t(`bundle.${column}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.preview.offices.map((office) => (
          <Table.Tr key={office.office}>
            <Table.Td>{office.office}</Table.Td>
            {columns.map((column) => (
              <Table.Td key={column}>{office[column]}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
