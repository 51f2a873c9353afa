import { Button, Checkbox, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { RecoveryKey } from '../../components/RecoveryKey/RecoveryKey';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './RecoveryKey.module.css';

export interface RecoveryKeyPageProps {
  recoveryKey: string;
  nodeId: string;
  officeName: string;
  onContinue: () => void;
}

/**
 * Shows the recovery key once, large and printable. Continuing needs the operator to confirm
 * it is on paper: core never shows it again.
 */
export function RecoveryKeyPage({
  recoveryKey,
  nodeId,
  officeName,
  onContinue,
}: RecoveryKeyPageProps) {
  const { language, t } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  const [shownAt] = useState(() => Date.now());
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div className={classes.sheet}>
          <Title order={1}>{t('recovery.title')}</Title>
          <Text mt="xs" mb="lg" maw={700}>
            {t('recovery.intro')}
          </Text>
          <RecoveryKey value={recoveryKey} label={t('recovery.keyLabel')} />
          <Text size="sm" c="dimmed" mt="md">
            {officeName} · {t('frame.computer')}: {nodeId} · {formatDateTime(shownAt, language)}
          </Text>
        </div>
        <Stack gap="md" className={classes.screenOnly}>
          <Group>
            <Button variant="default" onClick={() => window.print()}>
              {t('recovery.print')}
            </Button>
          </Group>
          <Checkbox
            size="md"
            label={t('recovery.confirm')}
            checked={confirmed}
            onChange={(event) => setConfirmed(event.currentTarget.checked)}
          />
          <Group>
            <Button size="md" disabled={!confirmed} onClick={onContinue}>
              {t('recovery.continue')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Container>
  );
}
