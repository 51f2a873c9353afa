import { Badge, Tooltip } from '@mantine/core';
import { useCall } from '../../api/useLoader';
import { formatDate } from '../../format/dateTime';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Meeting tasks this office owns (or recorded) that are not yet done, on the board's header:
 * how many, and on hover each one with its owner office (named in the operator's language)
 * and due day. Nothing when none is open.
 */
export function OpenTasks() {
  const { t, language } = useI18n();
  const tasks = useCall('tasks.open', {}, { refreshOn: ['log'] });
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const open = tasks.data ?? [];
  if (open.length === 0) return null;
  const nameOf = (id: string) => {
    const office = offices.data?.find((candidate) => candidate.id === id);
    return office ? officeName(office, language) : id;
  };
  const label = open
    .map(
      (task) =>
        `${task.entry.text} (${t('meeting.dueOn', { office: nameOf(task.owner), date: formatDate(task.dueAt, language) })})`,
    )
    .join(' · ');
  return (
    <Tooltip label={label} multiline maw={480}>
      <Badge color="indigo" variant="light" size="lg" tt="none" data-testid="open-tasks">
        {t('meeting.openTasks', { count: open.length })}
      </Badge>
    </Tooltip>
  );
}
