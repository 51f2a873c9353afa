import { afterEach, describe, expect, it } from 'vitest';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';
import { istDayRange } from '../../shared/istDate';
import { logDay } from './logRepo';

const date = '2026-11-20';
const { start } = istDayRange(date);
const minute = 60_000;

function fields(at: number, text: string, replyTo: string | null = null) {
  return {
    at,
    category: replyTo ? 'reply' : 'information',
    text,
    urgent: false,
    replyTo,
    caseIds: [],
    suspectIds: [],
    vehicles: [],
    photos: [],
  };
}

describe('log.day, paged by thread', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  /**
   * A day of twelve threads from another office: entry 3 has a reply the next day and a reply
   * to that reply, entry 10 a reply the same day, and two entries answer one of the day before.
   */
  async function busyDay() {
    const created = await tempNode();
    cleanups.push(created.cleanup);
    const peer = peerOffice(created.context, 'wb-adpc');
    const log = (recordId: string, body: ReturnType<typeof fields>) => ({
      entity: 'log' as const,
      recordId: `wb-adpc:${recordId}`,
      op: 'create' as const,
      body: { fields: body },
    });
    peer.write([
      log('yesterday', fields(start - 60 * minute, 'Yesterday')),
      ...Array.from({ length: 12 }, (_, index) =>
        log(`e${index}`, fields(start + (index + 1) * 60 * minute, `Entry ${index}`)),
      ),
      log('e3-next', fields(start + 30 * 60 * minute, 'Next day', 'wb-adpc:e3')),
      log('e3-next-2', fields(start + 31 * 60 * minute, 'Next day again', 'wb-adpc:e3-next')),
      log('e10-reply', fields(start + 11 * 60 * minute + minute, 'Same day', 'wb-adpc:e10')),
      log('late-1', fields(start + 2 * minute, 'Late answer', 'wb-adpc:yesterday')),
      log('late-2', fields(start + 12.5 * 60 * minute, 'Later answer', 'wb-adpc:yesterday')),
    ]);
    return created;
  }

  const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id.slice(8));

  it('without a page size returns the whole day, as it always did', async () => {
    const { api, context } = await busyDay();
    const day = await api['log.day']({ date });
    expect(day).toMatchObject({ earlierThreads: 0, entryCount: 16 });
    expect(day.entries).toEqual(logDay(context.store.db, date));
    expect(ids(day.entries)).toEqual(
      ['late-1', 'e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10'].concat([
        'e10-reply',
        'e11',
        'late-2',
        'e3-next',
      ]),
    );
  });

  it('gives the newest threads whole, however old their first entry, and counts the rest', async () => {
    const { api } = await busyDay();
    const newest = await api['log.day']({ date, threads: 2 });
    expect(ids(newest.entries)).toEqual(['e10', 'e10-reply', 'e11']);
    expect(newest).toMatchObject({ earlierThreads: 11, entryCount: 16 });

    const more = await api['log.day']({ date, threads: 9 });
    expect(ids(more.entries)).toEqual([
      'e3',
      'e4',
      'e5',
      'e6',
      'e7',
      'e8',
      'e9',
      'e10',
      'e10-reply',
      'e11',
      'e3-next',
    ]);
    expect(more.earlierThreads).toBe(4);

    // The answers to yesterday's entry are one thread, the oldest of the day.
    const all = await api['log.day']({ date, threads: 13 });
    expect(all.earlierThreads).toBe(0);
    const page12 = await api['log.day']({ date, threads: 12 });
    expect(ids(page12.entries)).not.toContain('late-2');
    expect(ids(page12.entries)).not.toContain('late-1');
    expect(page12.earlierThreads).toBe(1);
    expect(all.entries).toEqual((await api['log.day']({ date })).entries);
  });
});
