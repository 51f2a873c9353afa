import {
  Badge,
  Button,
  Code,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientProvider';
import { useLoader } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { ListenSettings } from './ListenSettings';
import { BundleExport } from './BundleExport';
import { BundleHistory } from './BundleHistory';
import { BundleImport } from './BundleImport';
import { PairForm } from './PairForm';
import { PeerNotices } from './PeerNotices';
import { PeerTable } from './PeerTable';
import { codeText } from './syncFormat';

/**
 * The Sync screen: this computer's id to read over the phone, pairing, every paired peer with
 * what waits each way, and the connections refused and changes rejected.
 */
export function SyncPage() {
  const client = useClient();
  const { t, language, locale } = useI18n();
  const status = useLoader((api) => api.call('sync.status', {}), 'sync.status');
  const log = useLoader((api) => api.call('sync.log', { limit: 100 }), 'sync.log');
  const bundles = useLoader((api) => api.call('bundle.history', { limit: 100 }), 'bundle.history');
  const [failure, setFailure] = useState<unknown>(undefined);
  const { reload: reloadStatus } = status;
  const { reload: reloadLog } = log;
  const { reload: reloadBundles } = bundles;

  useEffect(
    () =>
      client.subscribe('sync.changed', () => {
        reloadStatus();
        reloadLog();
        reloadBundles();
      }),
    [client, reloadStatus, reloadLog, reloadBundles],
  );

  async function act(run: () => Promise<unknown>) {
    setFailure(undefined);
    try {
      await run();
      reloadStatus();
    } catch (error) {
      setFailure(error);
    }
  }

  function unpair(nodeId: string) {
    if (!window.confirm(t('sync.unpairConfirm', { nodeId }))) return;
    void act(() => client.call('sync.unpair', { nodeId }));
  }

  if (status.loading) return <Loader aria-label={t('app.loading')} />;
  if (status.error && !status.data)
    return <ErrorAlert error={status.error} onRetry={reloadStatus} />;
  const view = status.data;
  if (!view) return null;
  const count = new Intl.NumberFormat(locale);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('sync.title')}
        </Title>
        <Button variant="light" onClick={() => void act(() => client.call('sync.now', {}))}>
          {t('sync.now')}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('sync.thisComputer')}
        </Text>
        <Code fz="xl" aria-label={t('sync.thisComputer')}>
          {view.nodeId}
        </Code>
        <Text size="sm" mt="xs">
          {t('sync.thisComputerHint')}
        </Text>
        {view.missingPhotos > 0 ? (
          <Badge mt="xs" color="yellow">
            {t('sync.missingPhotos', { count: view.missingPhotos })}
          </Badge>
        ) : null}
      </Paper>
      {failure ? <ErrorAlert error={failure} /> : null}
      <ListenSettings view={view} onSaved={reloadStatus} />
      <PairForm onPaired={reloadStatus} />
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('sync.peers')}
        </Title>
        <PeerNotices view={view} />
        <PeerTable peers={view.peers} onUnpair={unpair} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('bundle.title')}
        </Title>
        <Text size="sm">{t('bundle.hint')}</Text>
        <BundleExport onDone={reloadBundles} />
        <BundleImport onDone={reloadBundles} />
        <Title order={3} size="h4">
          {t('bundle.historyTitle')}
        </Title>
        <BundleHistory entries={bundles.data ?? []} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('sync.logTitle')} ({count.format(view.refusedConnections + view.rejectedChanges)})
        </Title>
        {(log.data ?? []).length === 0 ? (
          <Text c="dimmed">{t('sync.logEmpty')}</Text>
        ) : (
          <Table striped aria-label={t('sync.logTitle')}>
            <Table.Tbody>
              {(log.data ?? []).map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDateTime(entry.at, language)}</Table.Td>
                  <Table.Td>{t(`sync.kind.${entry.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {entry.peer || '—'}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.address}
                    </Text>
                  </Table.Td>
                  <Table.Td>{codeText(entry.code, t)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {entry.detail}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  );
}
