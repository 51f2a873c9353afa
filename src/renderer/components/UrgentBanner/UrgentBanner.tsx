import { Anchor, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { LogEntryView, OfficeView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { errorCodeOf } from '../../api/callError';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import type { Translate } from '../../i18n/messages';
import { formatTimeOfDay, istDateOf, logHref } from '../../pages/Log/logDate';
import { askPermission, canAskPermission, notify } from './desktopNotifications';
import classes from './UrgentBanner.module.css';

export interface UrgentBannerProps {
  /** This computer's office: its own lookouts are dismissed, not acknowledged. */
  officeId: string | undefined;
}

/**
 * Across the top of every screen: the urgent lookouts core announced (`lookout.urgent`,
 * posted here or received from another office), newest first, each until it is acknowledged
 * or dismissed; a desktop notification too, where permitted.
 */
export function UrgentBanner({ officeId }: UrgentBannerProps) {
  const client = useClient();
  const { language, t } = useI18n();
  const [waiting, setWaiting] = useState<LogEntryView[]>([]);
  const [offices, setOffices] = useState<OfficeView[] | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const officesLoad = useRef<Promise<OfficeView[]> | undefined>(undefined);
  const words = useRef<{ t: Translate; language: Language }>({ t, language });
  useEffect(() => {
    words.current = { t, language };
  }, [t, language]);

  useEffect(() => {
    const loadOffices = () => {
      officesLoad.current ??= client.call('offices.list', {}).catch(() => []);
      return officesLoad.current;
    };
    return client.subscribe('lookout.urgent', (entry) => {
      setWaiting((current) => [entry, ...current.filter((item) => item.id !== entry.id)]);
      void loadOffices().then((list) => {
        setOffices(list);
        const office = list.find((item) => item.id === entry.officeId);
        const name = office ? officeName(office, words.current.language) : entry.officeId;
        notify(words.current.t('log.notification.title', { office: name }), entry.text, entry.id);
      });
      if (canAskPermission()) void askPermission();
    });
  }, [client]);

  const entry = waiting[0];
  if (!entry) return null;
  const office = offices?.find((item) => item.id === entry.officeId);
  const name = office ? officeName(office, language) : entry.officeId;
  const close = () => {
    setFailure(undefined);
    setWaiting((current) => current.filter((item) => item.id !== entry.id));
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
