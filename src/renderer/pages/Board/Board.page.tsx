import { EmptyState, Group, Loader, Text, Title } from '@mantine/core';
import type { CasePage } from '../../../shared/api/views';
import { caseLanes, type CaseLane } from '../../../shared/domain/enums';
import { useLoader } from '../../api/useLoader';
import { BoardLane } from '../../components/BoardLane/BoardLane';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './Board.module.css';

/** Cards per lane on this first board; the full board (paging, filters) comes later. */
export const casesPerLane = 200;

type LanePages = Array<{ lane: CaseLane; page: CasePage }>;

/** The case board: every lane with its count and cards, following changes live. */
export function BoardPage() {
  const { t } = useI18n();
  const lanes = useLoader<LanePages>(
    (client) =>
      Promise.all(
        caseLanes.map(async (lane) => ({
          lane,
          page: await client.call('cases.list', { lane, limit: casesPerLane }),
        })),
      ),
    'board',
    { refreshOn: ['case'] },
  );

  const heading = (
    <Title order={1} size="h2" mb="md">
      {t('nav.board')}
    </Title>
  );
  if (lanes.loading) {
    return (
      <>
        {heading}
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('board.loading')}</Text>
        </Group>
      </>
    );
  }
  if (!lanes.data)
    return (
      <>
        {heading}
        <ErrorAlert error={lanes.error} onRetry={lanes.reload} />
      </>
    );
  const empty = lanes.data.every(({ page }) => page.total === 0);
  return (
    <>
      {heading}
      {lanes.error ? <ErrorAlert error={lanes.error} onRetry={lanes.reload} /> : null}
      {empty ? (
        <EmptyState title={t('board.emptyTitle')} description={t('board.emptyText')} mt="xl" />
      ) : (
        <div className={classes.lanes}>
          {lanes.data.map(({ lane, page }) => (
            <BoardLane key={lane} lane={lane} page={page} />
          ))}
        </div>
      )}
    </>
  );
}
