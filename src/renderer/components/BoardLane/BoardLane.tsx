import { Badge, Group, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { CasePage } from '../../../shared/api/views';
import type { CaseLane } from '../../../shared/domain/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { CaseCard } from '../CaseCard/CaseCard';
import classes from './BoardLane.module.css';

/** One lane of the case board: its name, how many cases are in it, and their cards. */
export function BoardLane({ lane, page }: { lane: CaseLane; page: CasePage }) {
  const { locale, t } = useI18n();
  const headingId = useId();
  return (
    <section className={classes.lane} aria-labelledby={headingId} data-lane={lane}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {t(`lane.${lane}`)}
        </Title>
        <Badge
          variant="filled"
          color="gray"
          aria-label={t('board.laneCount', { count: page.total })}
        >
          {new Intl.NumberFormat(locale).format(page.total)}
        </Badge>
      </Group>
      {page.items.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('board.laneEmpty')}
        </Text>
      ) : (
        <ul className={classes.cards}>
          {page.items.map((item) => (
            <li key={item.id}>
              <CaseCard item={item} />
            </li>
          ))}
        </ul>
      )}
      {page.total > page.items.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('board.shown', { shown: page.items.length, total: page.total })}
        </Text>
      ) : null}
    </section>
  );
}
