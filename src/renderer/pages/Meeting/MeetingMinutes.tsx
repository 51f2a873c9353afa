import {
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TaskView } from '../../../shared/api/meetingContract';
import { istDayStart } from '../../../shared/istDate';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { formatDate } from '../../format/dateTime';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * During the meeting: minutes go into the coordination log; a decision becomes a task of one
 * office present, with a due day, listed here and on that office's board until done.
 */
export function MeetingMinutes({
  offices,
  officeName,
}: {
  offices: string[];
  officeName: (id: string) => string;
}) {
  const client = useClient();
  const { t, language } = useI18n();
  const [minute, setMinute] = useState('');
  const [decision, setDecision] = useState('');
  const [owner, setOwner] = useState<string | null>(offices[1] ?? offices[0] ?? null);
  const [due, setDue] = useState('');
  const [tasks, setTasks] = useState<TaskView[]>([]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const others = offices.slice(1);

  async function run(action: () => Promise<void>) {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  }
  const recordMinute = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await client.call('meeting.minute', { offices: others, text: minute });
      setMinute('');
    });
  };
  const recordDecision = (event: FormEvent) => {
    event.preventDefault();
    if (!owner || !due) return;
    void run(async () => {
      const task = await client.call('meeting.decide', {
        offices: others,
        text: decision,
        owner,
        // The end of the due day, IST.
        dueAt: istDayStart(due) + 86_400_000 - 1,
      });
      setTasks((shown) => [...shown, task]);
      setDecision('');
    });
  };
  const markDone = (task: TaskView) =>
    void run(async () => {
      await client.call('tasks.done', { id: task.entry.id });
      setTasks((shown) =>
        shown.map((item) => (item.entry.id === task.entry.id ? { ...item, done: true } : item)),
      );
    });

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('meeting.minutes')}
      </Title>
      {failure ? <ErrorAlert error={failure} /> : null}
      <form onSubmit={recordMinute}>
        <Group align="end">
          <Textarea
            label={t('meeting.minuteText')}
            value={minute}
            onChange={(event) => setMinute(event.currentTarget.value)}
            autosize
            minRows={2}
            required
            style={{ flex: 1 }}
          />
          <Button type="submit">{t('meeting.recordMinute')}</Button>
        </Group>
      </form>
      <form onSubmit={recordDecision}>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('meeting.decision')}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value)}
            required
            style={{ flex: 1 }}
            miw={240}
          />
          <Select
            label={t('meeting.owner')}
            data={offices.map((id) => ({ value: id, label: officeName(id) }))}
            value={owner}
            onChange={setOwner}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('meeting.due')}
            value={due}
            onChange={(event) => setDue(event.currentTarget.value)}
            required
          />
          <Button type="submit">{t('meeting.recordDecision')}</Button>
        </Group>
      </form>
      {tasks.length > 0 ? (
        <Stack gap={4} data-testid="meeting-tasks">
          <Title order={3} size="h5">
            {t('meeting.tasks')}
          </Title>
          {tasks.map((task) => (
            <Group key={task.entry.id} gap="xs">
              <Text size="sm">{task.entry.text}</Text>
              <Text size="xs" c="dimmed">
                {t('meeting.dueOn', {
                  office: officeName(task.owner),
                  date: formatDate(task.dueAt, language),
                })}
              </Text>
              {task.done ? (
                <Badge color="green">{t('meeting.isDone')}</Badge>
              ) : task.mayClose ? (
                <Button size="compact-xs" variant="light" onClick={() => markDone(task)}>
                  {t('meeting.done')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
