import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogDayView, LogEntryView, OfficeView } from '../../../shared/api/views';
import { groupThreads } from '../../../shared/domain/logThreads';
import { createFakeClient } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { LogPage } from './Log.page';

/** 16 January 2025 in IST: 9:00 am is 03:30 UTC. */
const morning = Date.UTC(2025, 0, 16, 3, 30);
const minute = 60_000;

function office(id: string, nameEn: string, nameHi: string): OfficeView {
  return { id, nameEn, nameHi, nameBn: '', state: '', district: '', policeStations: [] };
}
const offices = [
  office('dhanbad', 'Dhanbad', 'धनबाद'),
  office('asansol', 'Asansol', 'आसनसोल'),
  office('purulia', 'Purulia', 'पुरुलिया'),
];

function entry(fields: Partial<LogEntryView> & { id: string }): LogEntryView {
  return {
    officeId: 'asansol',
    operatorName: 'SI Das',
    at: morning,
    category: 'information',
    text: `text of ${fields.id}`,
    urgent: false,
    replyTo: null,
    caseIds: [],
    suspectIds: [],
    vehicles: [],
    photos: [],
    acks: [],
    replyCount: 0,
    addressedTo: [],
    memoNumber: '',
    dueAt: null,
    closes: [],
    repliedBy: [],
    incomingOperator: '',
    ...fields,
  };
}

/** A day's entries as core pages them: the newest `threads` threads, whole. */
function dayPage(day: LogEntryView[], threads?: number): LogDayView {
  const grouped = groupThreads(day);
  const page =
    threads === undefined ? grouped : grouped.slice(Math.max(0, grouped.length - threads));
  const ids = new Set(page.flatMap((thread) => [thread.entry, ...thread.replies].map((e) => e.id)));
  return {
    entries: day.filter((e) => ids.has(e.id)),
    earlierThreads: grouped.length - page.length,
    entryCount: day.length,
  };
}

/** A core with one log, answering `log.day` for any date from it, as the real one filters. */
function logClient(initial: LogEntryView[]) {
  let entries = initial;
  const asked: Array<number | undefined> = [];
  const client = createFakeClient({
    'offices.list': () => offices,
    'log.day': ({ date, threads }) => {
      asked.push(threads);
      const day = entries.filter((e) =>
        new Date(e.at + 5.5 * 3_600_000).toISOString().startsWith(date),
      );
      return dayPage(day, threads);
    },
    'log.dayCounts': ({ date }) => {
      const day = entries.filter((e) =>
        new Date(e.at + 5.5 * 3_600_000).toISOString().startsWith(date),
      );
      return { entryCount: day.length, threads: groupThreads(day).length };
    },
    'log.ack': ({ id }) => {
      entries = entries.map((e) => (e.id === id ? { ...e, acks: [...e.acks, 'dhanbad'] } : e));
      return { id };
    },
    'log.thread': ({ id }) => entries.filter((e) => e.id === id),
    'mentions.labels': ({ caseIds }) => ({
      cases: caseIds
        .filter((id) => id === 'jh-dhanbad:case-1')
        .map((id) => ({ id, firNumber: '12', firYear: 2025, policeStation: 'Nirsa' })),
      suspects: [],
    }),
  });
  return {
    client,
    /** The number of threads each `log.day` call asked for. */
    asked,
    /** Another office's change arrives, as sync would deliver it. */
    arrive(next: LogEntryView[]) {
      entries = next;
      act(() => client.emit('record.changed', { entity: 'log', ids: [], origin: 'remote' }));
    },
  };
}

const article = (name: RegExp) => screen.getByRole('article', { name });

beforeEach(() => {
  window.location.hash = '#/log?date=2025-01-16';
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

describe('LogPage', () => {
  it('threads replies under the entry they answer, in IST time order', async () => {
    const { client } = logClient([
      entry({ id: 'q', category: 'request', replyCount: 1, text: 'Verify address' }),
      entry({ id: 'i', at: morning + 5 * minute, officeId: 'purulia', text: 'Bike seen' }),
      entry({
        id: 'r',
        at: morning + 9 * minute,
        officeId: 'dhanbad',
        category: 'reply',
        replyTo: 'q',
        text: 'Not found',
      }),
    ]);
    renderWithProviders(<LogPage officeId="dhanbad" />, { client });
    await screen.findByText('Verify address');
    const order = screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'));
    expect(order).toEqual([
      'Request for help from Asansol at 09:00',
      'Reply from Dhanbad at 09:09',
      'Information from Purulia at 09:05',
    ]);
    expect(article(/^Reply from Dhanbad/).hasAttribute('data-reply')).toBe(true);
    expect(screen.getByTestId('log-day').textContent).toBe('Thursday, 16 January 2025');
  });

  it('marks an unanswered request until a reply arrives from another office', async () => {
    const request = entry({ id: 'q', officeId: 'dhanbad', category: 'request', text: 'Need CDR' });
    const { client, arrive } = logClient([request]);
    renderWithProviders(<LogPage officeId="dhanbad" />, { client });
    const asked = await screen.findByRole('article', { name: /^Request for help/ });
    expect(within(asked).getByText('Awaiting a reply')).toBeTruthy();

    arrive([
      { ...request, replyCount: 1 },
      entry({
        id: 'r',
        at: morning + minute,
        category: 'reply',
        replyTo: 'q',
        text: 'Sent by mail',
      }),
    ]);
    await screen.findByText('Sent by mail');
    expect(within(article(/^Request for help/)).queryByText('Awaiting a reply')).toBeNull();
  });

  it('shows who has seen an entry and acknowledges it once for this office', async () => {
    const { client } = logClient([
      entry({ id: 'a', acks: ['purulia', 'asansol'], text: 'Their entry' }),
      entry({
        id: 'm',
        at: morning + minute,
        officeId: 'dhanbad',
        acks: ['asansol'],
        text: 'Mine',
      }),
    ]);
    renderWithProviders(<LogPage officeId="dhanbad" />, { client });
    const theirs = await screen.findByRole('article', { name: /from Asansol/ });
    expect(within(theirs).getByTestId('seen-by').textContent).toBe('Seen by: Purulia');
    const mine = article(/from Dhanbad/);
    expect(within(mine).getByTestId('seen-by').textContent).toBe('Seen by: Asansol');
    expect(within(mine).queryByRole('button', { name: 'Acknowledge' })).toBeNull();

    await userEvent.click(within(theirs).getByRole('button', { name: 'Acknowledge' }));
    expect(client.calls.filter((c) => c.method === 'log.ack')).toEqual([
      { method: 'log.ack', input: { id: 'a' } },
    ]);
    expect(within(theirs).getByTestId('seen-by').textContent).toBe('Seen by: Purulia, this office');
    expect(within(theirs).queryByRole('button', { name: 'Acknowledge' })).toBeNull();
    expect(within(theirs).getByText('Acknowledged by this office')).toBeTruthy();
  });

  it('moves to the previous and next day through the address', async () => {
    const { client } = logClient([
      entry({ id: 'y', at: morning - 24 * 60 * minute, text: 'Yesterday entry' }),
      entry({ id: 't', text: 'Today entry' }),
    ]);
    renderWithProviders(<LogPage officeId="dhanbad" now={() => morning} />, { client });
    await screen.findByText('Today entry');
    expect(screen.getByRole('button', { name: 'Next day' })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: 'Previous day' }));
    await screen.findByText('Yesterday entry');
    expect(window.location.hash).toBe('#/log?date=2025-01-15');
    expect(screen.queryByText('Today entry')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Previous day' }));
    expect(await screen.findByText('Nothing posted on this day yet')).toBeTruthy();
    expect(screen.getByText(/No office posted on this day/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Today' }));
    await screen.findByText('Today entry');
    expect(window.location.hash).toBe('#/log?date=2025-01-16');
  });

  it('names linked cases on their chips and writes the entry in Hindi', async () => {
    const { client } = logClient([
      entry({ id: 'c', caseIds: ['jh-dhanbad:case-1'], vehicles: ['JH-10-AB-1234'] }),
    ]);
    renderWithProviders(<LogPage officeId="dhanbad" />, { client, language: 'hi' });
    const chip = await screen.findByRole('link', { name: '#निरसा थाना कांड सं. 12/2025' });
    expect(chip.getAttribute('href')).toBe('#/board?case=jh-dhanbad:case-1');
    expect(screen.getByRole('article', { name: 'आसनसोल से सूचना, 09:00' })).toBeTruthy();
  });

  it('shows a posted entry at once, before the reload', async () => {
    const { client } = logClient([]);
    renderWithProviders(<LogPage officeId="dhanbad" now={() => morning} />, { client });
    expect(await screen.findByText(/Type in the box below and press Enter/)).toBeTruthy();
    const posted = entry({ id: 'p', officeId: 'dhanbad', text: 'Posted here' });
    Object.assign(client, { call: wrapPost(client.call, posted) });
    await userEvent.click(screen.getByRole('button', { name: 'Previous day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Today' }));
    await userEvent.keyboard('n');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New entry' }));
    await userEvent.keyboard('Posted here{Enter}');
    await waitFor(() => expect(screen.getByRole('article', { name: /from Dhanbad/ })).toBeTruthy());
  });

  it('quotes the entry of an earlier day that a reply answers, linking to that day', async () => {
    const { client } = logClient([
      entry({
        id: 'old',
        at: morning - 30 * 60 * minute,
        category: 'request',
        text: 'Verify Bablu',
      }),
      entry({ id: 'r', officeId: 'purulia', category: 'reply', replyTo: 'old', text: 'Done' }),
    ]);
    renderWithProviders(<LogPage officeId="dhanbad" />, { client });
    const link = await screen.findByRole('link', { name: 'Verify Bablu' });
    expect(link.getAttribute('href')).toBe('#/log?date=2025-01-15');
    expect(link.parentElement?.textContent).toMatch(/^In reply to Asansol, 15 Jan 2025, 03:00:/);
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('draws the latest 50 threads of a busy day and adds earlier ones on request', async () => {
    const busy = Array.from({ length: 60 }, (_, index) =>
      entry({ id: `e${index}`, at: morning + index * 1000, text: `Entry ${index}` }),
    );
    renderWithProviders(<LogPage officeId="dhanbad" />, { client: logClient(busy).client });
    await screen.findByText('Entry 59');
    expect(screen.getAllByRole('article')).toHaveLength(50);
    expect(screen.queryByText('Entry 9')).toBeNull();
    expect(screen.getByText('Entry 10')).toBeTruthy();
    expect(await screen.findByText('Entries: 60')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show earlier entries (10 more)' }));
    await screen.findByText('Entry 9');
    expect(screen.getAllByRole('article')).toHaveLength(60);
    expect(screen.getByText('Entries: 60')).toBeTruthy();
  });

  it('loads a day of thousands of entries a page of threads at a time, as the reader scrolls up', async () => {
    const busy = Array.from({ length: 2000 }, (_, index) =>
      entry({ id: `e${index}`, at: morning + index * 1000, text: `Entry ${index}` }),
    );
    // One entry answers the one before it: their thread comes whole onto the first page.
    busy[1991] = { ...(busy[1991] as LogEntryView), replyTo: 'e1990', text: 'Reply 1991' };
    const log = logClient(busy);
    renderWithProviders(<LogPage officeId="dhanbad" threadsPerPage={20} />, {
      client: log.client,
    });
    await screen.findByText('Entry 1999');
    expect(log.asked).toEqual([20]);
    expect(screen.getAllByRole('article')).toHaveLength(21);
    expect(screen.getByText('Reply 1991')).toBeTruthy();
    expect(screen.getByText('Entry 1979')).toBeTruthy();
    expect(screen.queryByText('Entry 1978')).toBeNull();
    // The counts come with their own call, after the first page is drawn.
    expect(await screen.findByText('Entries: 2,000')).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    await screen.findByText('Entry 1960');
    expect(log.asked).toEqual([20, 40]);
    expect(screen.getAllByRole('article')).toHaveLength(41);
    expect(screen.getByRole('button', { name: 'Show earlier entries (1,959 more)' })).toBeTruthy();
  });

  it('does not show a day’s entries under the next day while that one loads', async () => {
    let answerYesterday: (entries: LogEntryView[]) => void = () => undefined;
    const client = createFakeClient({
      'offices.list': () => offices,
      'log.day': ({ date }) =>
        date === '2025-01-16'
          ? dayPage([entry({ id: 't', text: 'Today entry' })])
          : new Promise<LogDayView>(
              (resolve) => (answerYesterday = (day) => resolve(dayPage(day))),
            ),
    });
    renderWithProviders(<LogPage officeId="dhanbad" now={() => morning} />, { client });
    await screen.findByText('Today entry');
    await userEvent.click(screen.getByRole('button', { name: 'Previous day' }));
    expect(await screen.findByText('Loading the day’s entries…')).toBeTruthy();
    expect(screen.queryByText('Today entry')).toBeNull();
    act(() => answerYesterday([entry({ id: 'y', text: 'Yesterday entry' })]));
    expect(await screen.findByText('Yesterday entry')).toBeTruthy();
  });
});

/** Answers `log.post` with `posted` and leaves `log.day` unaware of it (no reload yet). */
function wrapPost(call: ReturnType<typeof createFakeClient>['call'], posted: LogEntryView) {
  return ((method: string, input: unknown) =>
    method === 'log.post'
      ? Promise.resolve(posted)
      : call(method as never, input as never)) as typeof call;
}
