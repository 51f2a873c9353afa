import { Badge, Button, Progress, Table, Text } from '@mantine/core';
import type { SyncPeerView } from '../../../shared/api/views';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { codeText, formatBytes } from './syncFormat';

export interface PeerTableProps {
  peers: SyncPeerView[];
  onUnpair: (nodeId: string) => void;
}

/** Each paired computer: online or not, last contact, what waits each way, transfers. */
export function PeerTable({ peers, onUnpair }: PeerTableProps) {
  const { t, language, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  if (peers.length === 0) return <Text c="dimmed">{t('sync.noPeers')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label={t('sync.peers')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sync.peerId')}</Table.Th>
            <Table.Th />
            <Table.Th>{t('sync.lastContact')}</Table.Th>
            <Table.Th>{t('sync.toSend')}</Table.Th>
            <Table.Th>{t('sync.toReceive')}</Table.Th>
            <Table.Th>{t('sync.photosWaiting')}</Table.Th>
            <Table.Th>{t('sync.bytes')}</Table.Th>
            <Table.Th>{t('sync.lastError')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {peers.map((peer) => (
            <Table.Tr key={peer.nodeId}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {peer.nodeId}
                </Text>
                <Text size="xs" c="dimmed">
                  {peer.officeId ?? t('sync.officeUnbound')} · {peer.address}
                </Text>
                <Text size="xs" c="dimmed">
                  {peer.keyPinned ? t('sync.keyPinned') : t('sync.keyNotPinned')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={peer.online ? 'green' : 'gray'}>
                  {peer.online ? t('sync.online') : t('sync.offline')}
                </Badge>
              </Table.Td>
              <Table.Td>
                {peer.lastContact === null
                  ? t('sync.never')
                  : formatDateTime(peer.lastContact, language)}
              </Table.Td>
              <Table.Td>{number.format(peer.changesToSend)}</Table.Td>
              <Table.Td>{number.format(peer.changesToReceive)}</Table.Td>
              <Table.Td>
                {number.format(peer.photosWaiting)}
                {peer.transfer ? (
                  <Progress
                    mt={4}
                    size="sm"
                    aria-label={t('sync.transfer')}
                    value={
                      peer.transfer.total === 0
                        ? 0
                        : (100 * peer.transfer.received) / peer.transfer.total
                    }
                  />
                ) : null}
              </Table.Td>
              <Table.Td>
                {formatBytes(peer.bytesSent, locale)} / {formatBytes(peer.bytesReceived, locale)}
              </Table.Td>
              <Table.Td>{peer.lastError ? codeText(peer.lastError, t) : '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => onUnpair(peer.nodeId)}
                >
                  {t('sync.unpair')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
