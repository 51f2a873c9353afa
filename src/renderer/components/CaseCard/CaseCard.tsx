import { Badge, Group, Paper, Text } from '@mantine/core';
import { useId } from 'react';
import type { CaseCard as CaseCardView } from '../../../shared/api/views';
import type { Priority } from '../../../shared/domain/enums';
import { formatDateTime } from '../../format/dateTime';
import { formatMoney } from '../../format/money';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './CaseCard.module.css';

const priorityColor: Record<Priority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

/** One case on the board: FIR, police station, crime head, when, property and priority. */
export function CaseCard({ item }: { item: CaseCardView }) {
  const { language, locale, t } = useI18n();
  const titleId = useId();
  return (
    <Paper
      component="article"
      withBorder
      p="xs"
      className={classes.card}
      data-priority={item.priority}
      aria-labelledby={titleId}
    >
      <Group justify="space-between" gap={4} wrap="wrap">
        <Text id={titleId} fw={700} size="sm">
          {t('case.fir', { number: item.firNumber, year: String(item.firYear) })}
        </Text>
        <Badge
          color={priorityColor[item.priority]}
          variant="light"
          size="sm"
          tt="none"
          title={t('case.priority')}
        >
          {t(`priority.${item.priority}`)}
        </Badge>
      </Group>
      <Text size="sm" mt={2}>
        {item.crimeHead}
      </Text>
      <dl className={classes.facts}>
        <div>
          <dt>{t('case.policeStation')}</dt>
          <dd>{item.policeStation}</dd>
        </div>
        <div>
          <dt>{t('case.occurredAt')}</dt>
          <dd>{formatDateTime(item.occurredAt, language)}</dd>
        </div>
        <div>
          <dt>{t('case.propertyValue')}</dt>
          <dd>{formatMoney(item.propertyValue, language)}</dd>
        </div>
        {item.suspectCount > 0 ? (
          <div>
            <dt>{t('case.suspects')}</dt>
            <dd>{new Intl.NumberFormat(locale).format(item.suspectCount)}</dd>
          </div>
        ) : null}
      </dl>
      <Text size="xs" c="dimmed" mt={4}>
        {item.sharing === 'network' ? t('case.shared') : t('case.localOnly')}
      </Text>
    </Paper>
  );
}
