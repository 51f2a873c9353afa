import { Button, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useClient } from '../../api/ClientProvider';
import { useCall } from '../../api/useLoader';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';

/** Follow / stop following a dossier: the operator is told of every change to it. */
export function FollowButton({ suspectId }: { suspectId: string }) {
  const { t } = useI18n();
  const client = useClient();
  const status = useCall('follow.status', { suspectId });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const following = status.data?.following ?? false;
  const toggle = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await client.call('follow.set', { suspectId, following: !following });
      status.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Tooltip label={t('follow.hint')} multiline w={260}>
        <Button
          variant={following ? 'filled' : 'default'}
          onClick={() => void toggle()}
          loading={busy || status.loading}
          aria-pressed={following}
          data-testid="follow-button"
        >
          {following ? t('follow.following') : t('follow.follow')}
        </Button>
      </Tooltip>
      {failure ? <ErrorAlert error={failure} /> : null}
    </>
  );
}
