import { Badge, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useCall } from '../../api/useLoader';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Overdue requests for this office, on the board's and the log's header: how many wait for
 * our answer and how many of ours await others'. Nothing when none is overdue. Refreshes as
 * log entries (replies, closes) arrive.
 */
export function OverdueRequests() {
  // Asked a moment after the screen's own data: core answers calls in turn, and counting every
  // overdue request must not hold up the board's or the log's first paint.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return asked ? <OverdueBadge /> : null;
}

function OverdueBadge() {
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
