import { Badge, Tooltip } from '@mantine/core';
import { useCall } from '../../api/useLoader';
import { formatDate } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Meeting tasks this office owns (or recorded) that are not yet done, on the board's header:
 * how many, and on hover each one with its due day. Nothing when none is open.
 */
export function OpenTasks() {
  const { t, language } = useI18n();
  const tasks = useCall('tasks.open', {}, { refreshOn: ['log'] });
  const open = tasks.data ?? [];
  if (open.length === 0) return null;
  const label = open
    .map(
      (task) =>
        `${task.entry.text} (${t('meeting.dueOn', { office: task.owner, date: formatDate(task.dueAt, language) })})`,
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
