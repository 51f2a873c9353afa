import { Button, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import type { LookoutView } from '../../../shared/api/lookoutContract';
import { useClient } from '../../api/ClientProvider';
import { useLoader } from '../../api/useLoader';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { LookoutCard } from './LookoutCard';
import { RaiseLookout } from './RaiseLookout';

type List = 'active' | 'expiring' | 'withdrawn';

const listOf = (lookout: LookoutView): List =>
  lookout.state === 'active' ? 'active' : lookout.state === 'expiring' ? 'expiring' : 'withdrawn';

const refreshOn = ['lookout', 'hit', 'hitReply'] as const;

/**
 * The Lookouts screen: every office's lookout notices, as active, expiring and withdrawn (or
 * expired); raising one; withdrawing this office's own; printing a notice; hits on each with
 * their reasons, and the issuing office's reply.
 */
export function LookoutsPage({ officeId }: { officeId: string }) {
  const client = useClient();
  const { t } = useI18n();
  const lookouts = useLoader((api) => api.call('lookouts.list', {}), 'lookouts', { refreshOn });
  const hits = useLoader((api) => api.call('hits.list', { limit: 500 }), 'hits', { refreshOn });
  const offices = useLoader((api) => api.call('offices.list', {}), 'offices');
  const [list, setList] = useState<List>('active');
  const [raising, setRaising] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const frame = useRef<HTMLIFrameElement>(null);
  const reload = () => {
    lookouts.reload();
    hits.reload();
  };

  const print = (id: string, language: 'hi' | 'bn') => {
    setFailure(undefined);
    client
      .call('lookouts.notice', { id, language })
      .then((result) => setNotice(result.html), setFailure);
  };
  const withdraw = (id: string) => {
    setWithdrawing(undefined);
    client.call('lookouts.withdraw', { id, reason: '' }).then(reload, setFailure);
  };
  const shown = (lookouts.data ?? []).filter((lookout) => listOf(lookout) === list);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('lookouts.title')}
        </Title>
        {raising ? null : (
          <Button onClick={() => setRaising(true)} data-testid="lookout-raise-open">
            {t('lookouts.raise')}
          </Button>
        )}
      </Group>
      {raising ? (
        <RaiseLookout
          onRaised={() => {
            setRaising(false);
            setList('active');
            reload();
          }}
          onCancel={() => setRaising(false)}
        />
      ) : null}
      <SegmentedControl
        value={list}
        onChange={(value) => setList(value)}
        data={(['active', 'expiring', 'withdrawn'] as const).map((value) => ({
          value,
          label: `${t(`lookouts.list.${value}`)} (${(lookouts.data ?? []).filter((item) => listOf(item) === value).length})`,
        }))}
      />
      {failure ? <ErrorAlert error={failure} /> : null}
      {lookouts.error ? <ErrorAlert error={lookouts.error} onRetry={lookouts.reload} /> : null}
      {shown.length === 0 && !lookouts.loading ? (
        <Text c="dimmed">{t('lookouts.empty')}</Text>
      ) : null}
      {shown.map((lookout) => (
        <LookoutCard
          key={lookout.id}
          lookout={lookout}
          hits={(hits.data ?? []).filter((hit) => hit.lookoutId === lookout.id)}
          offices={offices.data}
          officeId={officeId}
          onPrint={(language) => print(lookout.id, language)}
          onWithdraw={() => setWithdrawing(lookout.id)}
          onReplied={reload}
        />
      ))}
      <ConfirmDialog
        opened={withdrawing !== undefined}
        title={t('lookouts.withdraw')}
        message={t('lookouts.withdrawConfirm')}
        confirmLabel={t('lookouts.withdraw')}
        onConfirm={() => withdrawing && withdraw(withdrawing)}
        onCancel={() => setWithdrawing(undefined)}
      />
      <Modal
        opened={notice !== undefined}
        onClose={() => setNotice(undefined)}
        size="xl"
        title={t('lookouts.preview')}
      >
        <Stack>
          <Button onClick={() => frame.current?.contentWindow?.print()}>
            {t('lookouts.print')}
          </Button>
          {notice ? (
            <iframe
              ref={frame}
              title={t('lookouts.preview')}
              srcDoc={notice}
              sandbox="allow-same-origin allow-modals"
              style={{
                width: '100%',
                height: '70vh',
                border: '1px solid #ccc',
                background: '#fff',
              }}
            />
          ) : null}
        </Stack>
      </Modal>
    </Stack>
  );
}
