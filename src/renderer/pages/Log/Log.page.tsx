import { ActionIcon, Button, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LogEntryView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { takeOrCall } from '../../api/earlyCall';
import { useCall, useLoader } from '../../api/useLoader';
import { ComposeBox, composeInputId } from '../../components/ComposeBox/ComposeBox';
import { DateField } from '../../components/DateField/DateField';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { EarlierParent } from '../../components/LogEntry/EarlierParent';
import { LogEntry } from '../../components/LogEntry/LogEntry';
import {
  askPermission,
  canAskPermission,
} from '../../components/UrgentBanner/desktopNotifications';
import { officeName as nameOfOffice } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './Log.module.css';
import { formatLogDay, isIsoDate, istDateOf, shiftDate } from '../../routing/logDate';
import { mergeEntries, threadsOf } from '../../components/LogEntry/logThreads';
import { useFirstDraw } from './useFirstDraw';
import { useLogDate } from './useLogDate';
import { dayPageInput, defaultThreadsPerPage } from './logDayPage';
import { useMentionLabels } from './useMentionLabels';
import { OverdueRequests } from '../../components/OverdueRequests/OverdueRequests';
import { ShiftHandover } from '../../components/ShiftHandover/ShiftHandover';

/**
 * Threads out of view are laid out only when they scroll near (Log.module.css), save the newest
 * few: today opens scrolled to its end, which must then be where their real heights put it.
 */
const newestLaidOut = 8;

/** How near (px) the top of the loaded day a reader scrolls before the next page is fetched. */
const fetchEarlierWithin = 600;

export interface LogPageProps {
  /** This computer's office. */
  officeId: string;
  /** The clock, for "today" (tests fix it). */
  now?: () => number;
  /** Threads fetched and drawn at a time (tests make it small). */
  threadsPerPage?: number;
}

/**
 * The daily coordination log: one IST day of entries of every office in time order, replies
 * threaded under what they answer, and the compose box. Follows changes live.
 */
export function LogPage({
  officeId,
  now = Date.now,
  threadsPerPage = defaultThreadsPerPage,
}: LogPageProps) {
  const { language, t } = useI18n();
  const client = useClient();
  const [date, setDate] = useLogDate(now);
  const today = istDateOf(now());
  const [shown, setShown] = useState({ date, count: threadsPerPage });
  const shownCount = shown.date === date ? shown.count : threadsPerPage;
  // Each answer carries its date: while another day loads, the last one is not shown under it.
  // A reload (a change, or a page more) asks for every thread shown so far, newest first.
  const day = useLoader(
    async (client) => ({
      date,
      threads: shownCount,
      // The counts come with their own call: a busy day's page is drawn before they are read.
      // The first page may have been asked for already, as the address moved to the log.
      ...(await takeOrCall(client, 'log.day', dayPageInput(date, shownCount))),
    }),
    `log.day ${date} ${shownCount}`,
    { refreshOn: ['log'] },
  );
  const dayCounts = useLoader(
    async (client) => ({ date, ...(await client.call('log.dayCounts', { date })) }),
    `log.dayCounts ${date}`,
    { refreshOn: ['log'] },
  );
  const counts = dayCounts.data?.date === date ? dayCounts.data : undefined;
  const dayLoading = day.loading || (day.data !== undefined && day.data.date !== date);
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const [local, setLocal] = useState<LogEntryView[]>([]);
  const [replyTo, setReplyTo] = useState<LogEntryView | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);
  // The entry just posted here, to bring into view once it is drawn (then forgotten).
  const justPosted = useRef<string | undefined>(undefined);
  const [askNotifications, setAskNotifications] = useState(false);
  // Reading the permission asks the browser (about 10 ms): after the first paint, so the day's
  // entries are not held up by it.
  useEffect(() => {
    const timer = setTimeout(() => setAskNotifications(canAskPermission()), 0);
    return () => clearTimeout(timer);
  }, []);

  const entries = useMemo(() => {
    const loaded = day.data?.date === date ? day.data.entries : [];
    const ids = new Set(loaded.map((entry) => entry.id));
    const relevant = local.filter(
      (entry) => istDateOf(entry.at) === date || (entry.replyTo !== null && ids.has(entry.replyTo)),
    );
    return mergeEntries(loaded, relevant);
  }, [day.data, local, date]);
  const threads = useMemo(() => threadsOf(entries), [entries]);
  const loadedDay = day.data?.date === date ? day.data : undefined;
  const earlier = loadedDay && counts ? Math.max(0, counts.threads - loadedDay.threads) : 0;
  const entryCount =
    counts === undefined
      ? undefined
      : counts.entryCount + entries.length - (loadedDay?.entries.length ?? 0);
  const fetchingEarlier = loadedDay !== undefined && loadedDay.threads < shownCount;
  const mentionLabel = useMentionLabels(entries);
  const showEarlier = useCallback(() => {
    if (earlier > 0 && !fetchingEarlier) setShown({ date, count: shownCount + threadsPerPage });
  }, [date, earlier, fetchingEarlier, shownCount, threadsPerPage]);
  const earlierButton = useRef<HTMLButtonElement>(null);

  // Today opens at its newest entries, just above the compose box, as a chat does.
  const openedDay = dayLoading ? undefined : date;
  const { drawn, opening } = useFirstDraw(threads, date, {
    loading: dayLoading,
    today: date === today,
  });
  // Again once the rest of the first page is drawn above it: when the first draw fitted the
  // window, the page was at its top, where browsers keep the view as threads are added above.
  useEffect(() => {
    if (openedDay && openedDay === today) window.scrollTo({ top: document.body.scrollHeight });
  }, [openedDay, today, opening]);

  // Scrolling up near the earliest thread drawn fetches the page before it.
  useEffect(() => {
    // Not while a day is first drawn: its short first draw is no scroll to the top.
    if (earlier === 0 || fetchingEarlier || opening) return undefined;
    const onScroll = () => {
      const top = earlierButton.current?.getBoundingClientRect().bottom;
      if (top !== undefined && top > -fetchEarlierWithin) showEarlier();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [earlier, fetchingEarlier, opening, showEarlier]);

  useEffect(() => {
    const drawn =
      justPosted.current && document.querySelector(`[data-entry="${justPosted.current}"]`);
    if (!drawn) return;
    drawn.scrollIntoView({ block: 'nearest' });
    justPosted.current = undefined;
  }, [entries]);

  // N (as on the board) jumps to the compose box from anywhere on the page.
  useEffect(() => {
    const jump = (event: KeyboardEvent) => {
      if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]'))
        return;
      event.preventDefault();
      document.getElementById(composeInputId)?.focus();
    };
    window.addEventListener('keydown', jump);
    return () => window.removeEventListener('keydown', jump);
  }, []);

  // Stable callbacks, so entries that did not change are not drawn again (LogEntry is memoised).
  const officeName = useCallback(
    (id: string) => {
      const office = offices.data?.find((candidate) => candidate.id === id);
      return office ? nameOfOffice(office, language) : id;
    },
    [offices.data, language],
  );

  // The compose box is memoised and its props kept stable: drawing a day's entries then leaves
  // it alone, and its autosize does not measure (forcing a layout) before they are painted.
  const onPosted = useCallback(
    (entry: LogEntryView) => {
      setLocal((current) => [...current, entry]);
      setReplyTo(undefined);
      justPosted.current = entry.id;
      if (!entry.replyTo && istDateOf(entry.at) !== date) setDate(istDateOf(entry.at));
    },
    [date, setDate],
  );
  const cancelReply = useCallback(() => setReplyTo(undefined), []);
  const replyTarget = useMemo(
    () =>
      replyTo
        ? { id: replyTo.id, office: officeName(replyTo.officeId), text: replyTo.text }
        : undefined,
    [replyTo, officeName],
  );
  const addressable = useMemo(
    () => (offices.data ?? []).filter((office) => office.id !== officeId),
    [offices.data, officeId],
  );

  const acknowledge = useCallback(
    (entry: LogEntryView) => {
      const acked = { ...entry, acks: [...entry.acks, officeId] };
      setLocal((current) => [...current.filter((item) => item.id !== entry.id), acked]);
      setActionError(undefined);
      client.call('log.ack', { id: entry.id }).catch((error: unknown) => {
        setLocal((current) => current.filter((item) => item !== acked));
        setActionError(error);
      });
    },
    [client, officeId],
  );

  const entryProps = {
    officeId,
    officeName,
    mentionLabel,
    onReply: setReplyTo,
    onAcknowledge: acknowledge,
  };

  return (
    <div className={classes.page}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="sm">
        <div>
          <Title order={1} size="h2">
            {t('log.title')}
          </Title>
          <OverdueRequests />
          <ShiftHandover />
          <Text c="dimmed" data-testid="log-day">
            {formatLogDay(date, language)}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('log.previousDay')}
            title={t('log.previousDay')}
            onClick={() => setDate(shiftDate(date, -1))}
          >
            ‹
          </ActionIcon>
          <DateField
            label={t('log.date')}
            value={date}
            maxDate={today}
            onChange={(next) => {
              if (next && isIsoDate(next)) setDate(next);
            }}
            w={170}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('log.nextDay')}
            title={t('log.nextDay')}
            onClick={() => setDate(shiftDate(date, 1))}
            disabled={date >= today}
          >
            ›
          </ActionIcon>
          <Button variant="default" onClick={() => setDate(today)} disabled={date === today}>
            {t('log.today')}
          </Button>
        </Group>
      </Group>
      {askNotifications ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mb="xs"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => void askPermission().then(() => setAskNotifications(canAskPermission()))}
        >
          {t('log.desktopAlerts')}
        </Button>
      ) : null}
      {day.error ? <ErrorAlert error={day.error} onRetry={day.reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <section className={classes.entries} aria-label={formatLogDay(date, language)}>
        {dayLoading && !day.error ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('log.loading')}</Text>
          </Group>
        ) : threads.length === 0 && !day.error ? (
          <EmptyState
            title={t('log.emptyTitle')}
            description={date === today ? t('log.emptyToday') : t('log.emptyPast')}
            mt="lg"
          />
        ) : (
          <Stack gap="xs">
            {entryCount === undefined ? null : (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('log.count', { count: entryCount })}
              </Text>
            )}
            {earlier > 0 ? (
              <Button
                ref={earlierButton}
                variant="default"
                style={{ alignSelf: 'center' }}
                loading={fetchingEarlier}
                onClick={showEarlier}
              >
                {t('log.showEarlier', { count: earlier })}
              </Button>
            ) : null}
            {drawn.map((thread, index) => (
              <div
                key={thread.entry.id}
                className={classes.thread}
                data-newest={index >= drawn.length - newestLaidOut || undefined}
              >
                {thread.answersEarlierDay && thread.entry.replyTo ? (
                  <EarlierParent id={thread.entry.replyTo} officeName={officeName} />
                ) : null}
                <LogEntry entry={thread.entry} isReply={thread.answersEarlierDay} {...entryProps} />
                {thread.replies.map((reply) => (
                  <LogEntry key={reply.id} entry={reply} isReply {...entryProps} />
                ))}
              </div>
            ))}
          </Stack>
        )}
      </section>
      <div className={classes.compose}>
        <ComposeBox
          replyTo={replyTarget}
          onCancelReply={cancelReply}
          onPosted={onPosted}
          offices={addressable}
          now={now}
        />
      </div>
    </div>
  );
}
