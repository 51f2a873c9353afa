import { Anchor, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { HitView } from '../../../shared/api/lookoutContract';
import type { OfficeView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonsText } from '../../format/hitReasons';
import { hrefOf } from '../../routing/useHashRoute';
import classes from '../UrgentBanner/UrgentBanner.module.css';

/**
 * Across the top of every screen: a hit raised on this office, or a hit on this office's
 * lookout raised elsewhere (`hit.raised`), newest first, until dismissed.
 */
export function HitBanner() {
  const client = useClient();
  const { t, language } = useI18n();
  const [waiting, setWaiting] = useState<HitView[]>([]);
  const [offices, setOffices] = useState<OfficeView[]>([]);
  useEffect(
    () =>
      client.subscribe('hit.raised', (hit) => {
        setWaiting((current) => [hit, ...current.filter((item) => item.id !== hit.id)]);
        client.call('offices.list', {}).then(setOffices, () => undefined);
      }),
    [client],
  );
  const hit = waiting[0];
  if (!hit) return null;
  const office = offices.find((item) => item.id === hit.lookoutOfficeId);
  return (
    <div className={classes.banner} role="alert" data-testid="hit-banner">
      <div className={classes.body}>
        <Text fw={800} size="sm">
          {t('lookouts.banner.title', { name: hit.lookoutName })}
        </Text>
        <Text size="sm" className={classes.text}>
          {t('lookouts.banner.body', {
            title: hit.matchTitle,
            office: office ? officeName(office, language) : hit.lookoutOfficeId,
            reasons: reasonsText(t, hit),
          })}
        </Text>
      </div>
      <Group gap="xs" wrap="nowrap">
        <Anchor href={hrefOf('lookouts')} c="white" size="sm" fw={700} underline="always">
          {t('lookouts.banner.open')}
        </Anchor>
        <Button
          size="compact-sm"
          variant="white"
          color="red"
          onClick={() => setWaiting((current) => current.slice(1))}
        >
          {t('lookouts.banner.dismiss')}
        </Button>
      </Group>
    </div>
  );
}
