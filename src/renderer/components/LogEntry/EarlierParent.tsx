import { Anchor, Text } from '@mantine/core';
import { useCall } from '../../api/useLoader';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { istDateOf, logHref } from '../../routing/logDate';
import classes from './LogEntry.module.css';

/**
 * Heads the day's answers to an entry of an earlier day: that entry (`log.thread`), quoted
 * with its office and time, linking to its day.
 */
export function EarlierParent({
  id,
  officeName,
}: {
  id: string;
  officeName: (officeId: string) => string;
}) {
  const { language, t } = useI18n();
  const thread = useCall('log.thread', { id });
  const parent = thread.data?.find((entry) => entry.id === id);
  if (!parent) {
    return (
      <Text size="xs" c="dimmed" className={classes.earlier}>
        {t('log.replyToEarlier')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed" lineClamp={2} className={classes.earlier}>
      {t('log.inReplyTo', {
        office: officeName(parent.officeId),
        time: formatDateTime(parent.at, language),
      })}{' '}
      <Anchor href={logHref(istDateOf(parent.at))} inherit>
        {parent.text}
      </Anchor>
    </Text>
  );
}
