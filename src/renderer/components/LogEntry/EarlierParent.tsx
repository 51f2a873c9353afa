import { Anchor, Text } from '@mantine/core';
import { useCall } from '../../api/useLoader';
import { formatDateTime } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';
import { istDateOf, logHref } from '../../pages/Log/logDate';

/**
 * Above a reply to an entry of an earlier day: the entry it answers (`log.thread`), quoted
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
      <Text size="xs" c="dimmed">
        {t('log.replyToEarlier')}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed" lineClamp={1}>
      {t('log.inReplyTo', {
        office: officeName(parent.officeId),
        time: formatDateTime(parent.at, language),
      })}{' '}
      <Anchor href={logHref(istDateOf(parent.at))} size="xs" inherit>
        {parent.text}
      </Anchor>
    </Text>
  );
}
