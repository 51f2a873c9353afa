import { Badge, Tooltip } from '@mantine/core';
import { useCall } from '../../api/useLoader';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Overdue requests for this office, on the board's and the log's header: how many wait for
 * our answer and how many of ours await others'. Nothing when none is overdue. Refreshes as
 * log entries (replies, closes) arrive.
 */
export function OverdueRequests() {
  const { t } = useI18n();
  const overdue = useCall('log.overdue', {}, { refreshOn: ['log'] });
  const data = overdue.data;
  if (!data || data.requests.length === 0) return null;
  const waiting = Object.entries(data.perOffice)
    .map(([office, count]) => `${office}: ${count}`)
    .join(', ');
  return (
    <Tooltip label={t('records.waitingOn', { offices: waiting })}>
      <Badge color="red" variant="light" size="lg" tt="none" data-testid="overdue-requests">
        {t('records.overdueHeader', { us: data.waitingOnUs, ours: data.oursWaiting })}
      </Badge>
    </Tooltip>
  );
}
