import { Badge, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useCall } from '../../api/useLoader';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Overdue requests for this office, on the board's and the log's header: how many wait for
 * our answer and how many of ours await others'. Nothing when none is overdue. Refreshes as
 * log entries (replies, closes) arrive. Offices are named in the operator's language.
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
  const { t, language } = useI18n();
  const overdue = useCall('log.overdue', {}, { refreshOn: ['log'] });
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const data = overdue.data;
  if (!data || data.requests.length === 0) return null;
  const nameOf = (id: string) => {
    const office = offices.data?.find((candidate) => candidate.id === id);
    return office ? officeName(office, language) : id;
  };
  const waiting = Object.entries(data.perOffice)
    .map(([office, count]) => `${nameOf(office)}: ${count}`)
    .join(', ');
  return (
    <Tooltip label={t('records.waitingOn', { offices: waiting })}>
      <Badge color="red" variant="light" size="lg" tt="none" data-testid="overdue-requests">
        {t('records.overdueHeader', { us: data.waitingOnUs, ours: data.oursWaiting })}
      </Badge>
    </Tooltip>
  );
}
