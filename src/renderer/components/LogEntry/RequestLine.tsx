import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { LogEntryView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';

export interface RequestLineProps {
  entry: LogEntryView;
  /** This computer's office. */
  officeId: string;
  officeName: (officeId: string) => string;
  /** The clock, for "overdue" (tests fix it). */
  now?: () => number;
}

/**
 * Who an entry is addressed to, and a request's memo number and due time: "Overdue" while an
 * addressed office has not answered or closed it past that time; the sender, or an addressed
 * office, can close it. Nothing for an entry addressed to every office with neither.
 */
export function RequestLine({ entry, officeId, officeName, now = Date.now }: RequestLineProps) {
  const { t, language } = useI18n();
  const client = useClient();
  const [failure, setFailure] = useState<unknown>(undefined);
  if (entry.addressedTo.length === 0 && !entry.memoNumber && entry.dueAt === null) return null;
  const settled = new Set([...entry.repliedBy, ...entry.closes]);
  const closedForAll = entry.closes.includes(entry.officeId);
  const mine = entry.officeId === officeId;
  // Addressed to no one, a request waits on every other office (this one included).
  const addressed = entry.addressedTo.length > 0 ? entry.addressedTo : mine ? [] : [officeId];
  const waitingOn = addressed.filter((office) => !settled.has(office));
  const open =
    !closedForAll &&
    (mine ? entry.addressedTo.length === 0 || waitingOn.length > 0 : waitingOn.length > 0);
  const overdue = open && entry.dueAt !== null && entry.dueAt < now();
  const mayClose = open && entry.category === 'request' && (mine || waitingOn.includes(officeId));
  const parts = [
    entry.addressedTo.length > 0
      ? t('records.toOffices', { offices: entry.addressedTo.map(officeName).join(', ') })
      : '',
    entry.memoNumber ? t('records.memoValue', { memo: entry.memoNumber }) : '',
    entry.dueAt !== null
      ? t('records.dueValue', { time: formatDateTime(entry.dueAt, language) })
      : '',
  ].filter(Boolean);
  return (
    <Group gap="xs" wrap="wrap" data-testid="request-line">
      <Text size="sm">{parts.join(' · ')}</Text>
      {overdue ? (
        <Badge color="red" variant="filled" radius="sm">
          {t('records.overdue')}
        </Badge>
      ) : null}
      {mayClose ? (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => {
            setFailure(undefined);
            client.call('log.close', { id: entry.id }).catch(setFailure);
          }}
        >
          {t('records.closeRequest')}
        </Button>
      ) : null}
      {failure ? <ErrorAlert error={failure} /> : null}
    </Group>
  );
}
