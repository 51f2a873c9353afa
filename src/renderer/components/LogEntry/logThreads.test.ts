import { describe, expect, it } from 'vitest';
import type { LogEntryView } from '../../../shared/api/views';
import { dateFromHash, istDateOf, shiftDate } from '../../routing/logDate';
import {
  canAcknowledge,
  isUnansweredRequest,
  mergeEntries,
  seenByOthers,
  threadsOf,
} from './logThreads';

function entry(fields: Partial<LogEntryView> & { id: string }): LogEntryView {
  return {
    officeId: 'dhanbad',
    operatorName: 'Ravi',
    at: 1000,
    category: 'incident',
    text: 'text',
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

describe('threadsOf', () => {
  it('puts replies (and replies to replies) under the entry that started the thread', () => {
    const threads = threadsOf([
      entry({ id: 'a', at: 1 }),
      entry({ id: 'b', at: 2 }),
      entry({ id: 'a1', at: 3, replyTo: 'a' }),
      entry({ id: 'a1x', at: 4, replyTo: 'a1' }),
      entry({ id: 'b1', at: 5, replyTo: 'b' }),
    ]);
    expect(threads.map((t) => [t.entry.id, t.replies.map((r) => r.id)])).toEqual([
      ['a', ['a1', 'a1x']],
      ['b', ['b1']],
    ]);
  });

  it('gathers the answers to one entry of an earlier day into one thread, marked as such', () => {
    const threads = threadsOf([
      entry({ id: 'r1', at: 1, replyTo: 'yesterday' }),
      entry({ id: 'x', at: 2 }),
      entry({ id: 'r2', at: 3, replyTo: 'yesterday' }),
      entry({ id: 'r1a', at: 4, replyTo: 'r1' }),
      entry({ id: 'o1', at: 5, replyTo: 'other-day' }),
    ]);
    expect(
      threads.map((t) => [t.entry.id, t.replies.map((r) => r.id), t.answersEarlierDay]),
    ).toEqual([
      ['r1', ['r2', 'r1a'], true],
      ['x', [], false],
      ['o1', [], true],
    ]);
  });
});

describe('entry state', () => {
  it('marks a request with no reply as unanswered, and no other category', () => {
    expect(isUnansweredRequest(entry({ id: 'q', category: 'request' }))).toBe(true);
    expect(isUnansweredRequest(entry({ id: 'q', category: 'request', replyCount: 1 }))).toBe(false);
    expect(isUnansweredRequest(entry({ id: 'i', category: 'information' }))).toBe(false);
  });

  it('counts as seen only the acknowledgements of other offices than the poster', () => {
    const posted = entry({ id: 'e', officeId: 'dhanbad', acks: ['asansol', 'dhanbad'] });
    expect(seenByOthers(posted)).toEqual(['asansol']);
    expect(canAcknowledge(posted, 'asansol')).toBe(false);
    expect(canAcknowledge(posted, 'purulia')).toBe(true);
    expect(canAcknowledge(posted, 'dhanbad')).toBe(false);
  });
});

describe('mergeEntries', () => {
  it('shows a just-posted reply at once and counts it on the entry it answers', () => {
    const loaded = [entry({ id: 'q', at: 1, category: 'request' })];
    const merged = mergeEntries(loaded, [entry({ id: 'r', at: 2, replyTo: 'q' })]);
    expect(merged.map((e) => e.id)).toEqual(['q', 'r']);
    expect(isUnansweredRequest(merged[0] as LogEntryView)).toBe(false);
  });

  it('keeps an acknowledgement made here until the reload carries it', () => {
    const loaded = [entry({ id: 'e', acks: ['purulia'] })];
    const local = [entry({ id: 'e', acks: ['asansol'] })];
    expect(mergeEntries(loaded, local)[0]?.acks).toEqual(['purulia', 'asansol']);
    expect(mergeEntries(loaded, [])[0]?.acks).toEqual(['purulia']);
  });
});

describe('log dates', () => {
  it('takes the IST calendar day, which starts at 18:30 UTC the evening before', () => {
    expect(istDateOf(Date.UTC(2026, 10, 28, 18, 29))).toBe('2026-11-28');
    expect(istDateOf(Date.UTC(2026, 10, 28, 18, 30))).toBe('2026-11-29');
  });

  it('moves across month and year ends and reads the date from the address', () => {
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(dateFromHash('#/log?date=2026-11-29')).toBe('2026-11-29');
    expect(dateFromHash('#/log?date=2026-02-30')).toBeUndefined();
    expect(dateFromHash('#/log')).toBeUndefined();
  });
});
