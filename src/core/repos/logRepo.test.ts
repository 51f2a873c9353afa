import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';
import { istDayRange } from '../../shared/istDate';
import { groupThreads } from '../../shared/domain/logThreads';
import { logDay, logDayCounts, logDayPage } from './logRepo';

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

describe('log.day pages, against grouping the whole day', () => {
  it('gives the same threads and counts as grouping every entry of the day would', async () => {
    const created = await tempNode();
    const db = created.context.store.db;
    const insert = db.prepare(
      `INSERT INTO log_entries (id, office_id, operator_id, at, category, text, urgent, reply_to,
         case_ids, suspect_ids, vehicles, photos, created_stamp, created_at, deleted)
       VALUES (?, 'jh-dhanbad', 'op', ?, 'information', 'x', 0, ?, '[]', '[]', '[]', '[]', 's', 0, ?)`,
    );
    const entry = fc.record({
      // Minutes from the start of the day before to the end of the day after.
      minute: fc.integer({ min: -24 * 60, max: 48 * 60 - 1 }),
      answers: fc.option(fc.nat(), { nil: undefined }),
      deleted: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
    });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(entry, { maxLength: 40 }),
          fc.integer({ min: 1, max: 8 }),
          async (made, threads) => {
            db.exec('DELETE FROM log_entries');
            const sorted = [...made].sort((a, b) => a.minute - b.minute);
            sorted.forEach((item, index) => {
              const parent =
                item.answers === undefined || index === 0 ? null : `e${item.answers % index}`;
              insert.run(`e${index}`, start + item.minute * minute, parent, item.deleted ? 1 : 0);
            });
            // What core did before paging by roots: the whole outline, grouped (answers from
            // other days to a removed entry of the day are no longer counted in it).
            const { end } = istDayRange(date);
            const outline = db
              .prepare(
                `SELECT e.id, e.at, e.reply_to AS replyTo FROM log_entries e WHERE e.deleted = 0 AND
                 (e.at >= @start AND e.at < @end OR e.reply_to IN (
                   SELECT id FROM log_entries WHERE at >= @start AND at < @end AND deleted = 0))
                 ORDER BY e.at, e.id`,
              )
              .all({ start, end }) as Array<{ id: string; at: number; replyTo: string | null }>;
            const grouped = groupThreads(outline);
            const page = grouped.slice(Math.max(0, grouped.length - threads));
            const expected = page
              .flatMap((thread) => [thread.entry, ...thread.replies])
              .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
              .map((item) => item.id);
            const got = logDayPage(db, date, threads);
            expect(got.entries.map((item) => item.id)).toEqual(expected);
            expect(got.entryCount).toBe(outline.length);
            expect(got.earlierThreads).toBe(grouped.length - page.length);
            expect(logDayCounts(db, date)).toEqual({
              entryCount: outline.length,
              threads: grouped.length,
            });
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      created.cleanup();
    }
  });
});
