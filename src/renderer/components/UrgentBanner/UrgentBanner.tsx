import { Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useClient } from '../../api/ClientProvider';
import { errorCodeOf } from '../../api/callError';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { formatTimeOfDay, istDateOf, logHref } from '../../routing/logDate';
import classes from './UrgentBanner.module.css';
import { useUrgentLookouts } from './useUrgentLookouts';

export interface UrgentBannerProps {
  /** This computer's office: its own lookouts are dismissed, not acknowledged. */
  officeId: string | undefined;
}

/**
 * Across the top of every screen: the urgent lookouts posted here or received from another
 * office, newest first, each until it is acknowledged or dismissed (see useUrgentLookouts).
 */
export function UrgentBanner({ officeId }: UrgentBannerProps) {
  const client = useClient();
  const { language, t } = useI18n();
  const { waiting, offices, remove } = useUrgentLookouts(officeId);
  const [failure, setFailure] = useState<unknown>(undefined);

  const entry = waiting[0];
  if (!entry) return null;
  const office = offices?.find((item) => item.id === entry.officeId);
  const name = office ? officeName(office, language) : entry.officeId;
  const close = () => {
    setFailure(undefined);
    remove(entry.id);
  };
  const acknowledge = () => {
    client.call('log.ack', { id: entry.id }).then(close, setFailure);
  };
  const mine = entry.officeId === officeId;

  return (
    <div className={classes.banner} role="alert" data-testid="urgent-banner">
      <div className={classes.body}>
        <Text fw={800} size="sm">
          {t('log.banner.title', { office: name })} · {formatTimeOfDay(entry.at, language)}
        </Text>
        <Text size="sm" lineClamp={2} className={classes.text}>
          {entry.text}
        </Text>
        {waiting.length > 1 ? (
          <Text size="xs">{t('log.banner.more', { count: waiting.length - 1 })}</Text>
        ) : null}
        {failure ? <Text size="xs">{t(`error.${errorCodeOf(failure)}`)}</Text> : null}
      </div>
      <Group gap="xs" wrap="nowrap">
        {!mine && !entry.acks.includes(officeId ?? '') ? (
          <Button size="compact-sm" color="dark" onClick={acknowledge}>
            {t('log.banner.acknowledge')}
          </Button>
        ) : null}
        <Anchor href={logHref(istDateOf(entry.at))} c="white" size="sm" fw={700} underline="always">
          {t('log.banner.open')}
        </Anchor>
        <Button size="compact-sm" variant="white" color="red" onClick={close}>
          {t('log.banner.dismiss')}
        </Button>
      </Group>
    </div>
  );
}
