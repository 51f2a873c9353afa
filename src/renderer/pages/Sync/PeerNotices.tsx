import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SyncStatusView } from '../../../shared/api/views';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * What the operator must know about each pair: when neither side may be accepting
 * connections, and which records a peer refused because of who signed them (a demo's
 * simulated workstation of the peer's own office, say), and why.
 */
export function PeerNotices({ view }: { view: SyncStatusView }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const notices: ReactNode[] = [];
  for (const peer of view.peers) {
    const unreachable = peer.lastError === null || peer.lastError === 'PEER_UNREACHABLE';
    if (view.running && !view.listening && peer.lastContact === null && unreachable) {
      notices.push(
        <Alert key={`listen-${peer.nodeId}`} color="yellow">
          {t('sync.neitherListens', { nodeId: peer.nodeId })}
        </Alert>,
      );
    }
    if (peer.heldBack.length === 0) continue;
    notices.push(
      <Alert key={`held-${peer.nodeId}`} color="blue">
        <Stack gap={4}>
          {peer.heldBack.map((held) => (
            <Text size="sm" key={held.origin}>
              {t('sync.heldBack', {
                cases: number.format(held.cases),
                suspects: number.format(held.suspects),
                logEntries: number.format(held.logEntries),
                who: held.simulated
                  ? t('sync.heldBackSimulated', { office: held.officeId ?? '?' })
                  : t('sync.heldBackNode', { origin: held.origin, office: held.officeId ?? '?' }),
                peer: peer.nodeId,
                code: held.code,
              })}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {t('sync.heldBackWhy')}
          </Text>
        </Stack>
      </Alert>,
    );
  }
  return notices.length === 0 ? null : <Stack gap="xs">{notices}</Stack>;
}
