import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { HitView, LookoutView } from '../../../shared/api/lookoutContract';
import type { OfficeView } from '../../../shared/api/views';
import { formatDate } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { HitList } from './HitList';

export interface LookoutCardProps {
  lookout: LookoutView;
  hits: HitView[];
  offices: OfficeView[] | undefined;
  officeId: string;
  onPrint: (language: 'hi' | 'bn') => void;
  onWithdraw: () => void;
  onReplied: () => void;
}

/** One lookout notice: what it is on, what to do, until when, by whom; its hits below. */
export function LookoutCard({
  lookout,
  hits,
  offices,
  officeId,
  onPrint,
  onWithdraw,
  onReplied,
}: LookoutCardProps) {
  const { t, language } = useI18n();
  const office = offices?.find((item) => item.id === lookout.officeId);
  const subject = [lookout.name, lookout.vehicle, lookout.phone].filter(Boolean).join(' · ');
  return (
    <Card withBorder padding="sm" data-testid="lookout-card" component="article">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge color={lookout.kind === 'wanted' ? 'red' : 'indigo'}>
            {t(`lookouts.kind.${lookout.kind}`)}
          </Badge>
          <Text fw={700}>{subject}</Text>
        </Group>
        {lookout.fatherName || lookout.age !== null ? (
          <Text size="sm">
            {[
              lookout.fatherName ? `${t('lookouts.field.fatherName')}: ${lookout.fatherName}` : '',
              lookout.age !== null ? `${t('lookouts.field.age')}: ${lookout.age}` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : null}
        {lookout.particulars ? <Text size="sm">{lookout.particulars}</Text> : null}
        <Text size="sm">
          {t('lookouts.field.action')}: {lookout.action}
        </Text>
        <Text size="sm" c="dimmed">
          {t('lookouts.field.office')}: {office ? officeName(office, language) : lookout.officeId} ·{' '}
          {t('lookouts.validUntil', { date: formatDate(lookout.validUntil, language) })}
          {lookout.reward > 0
            ? ` · ${t('lookouts.reward', { amount: formatMoney(lookout.reward, language) })}`
            : ''}
        </Text>
        {lookout.openHits > 0 ? (
          <Badge color="orange" variant="light">
            {t('lookouts.openHits', { count: lookout.openHits })}
          </Badge>
        ) : null}
        <Group gap="xs" mt={4}>
          <Button size="compact-sm" variant="light" onClick={() => onPrint('hi')}>
            {t('lookouts.printHindi')}
          </Button>
          <Button size="compact-sm" variant="light" onClick={() => onPrint('bn')}>
            {t('lookouts.printBengali')}
          </Button>
          {lookout.officeId === officeId && !lookout.withdrawn ? (
            <Button size="compact-sm" variant="subtle" color="red" onClick={onWithdraw}>
              {t('lookouts.withdraw')}
            </Button>
          ) : null}
        </Group>
        {hits.length > 0 ? (
          <Stack gap={4} mt="xs">
            <Text fw={700} size="sm">
              {t('lookouts.hits')}
            </Text>
            <HitList hits={hits} offices={offices} officeId={officeId} onReplied={onReplied} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
