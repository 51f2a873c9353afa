import type { Client } from '../../../shared/api/client';
import type { InputOf } from '../../../shared/api/contract';
import { callEarly } from '../../api/earlyCall';
import { dateFromHash, istDateOf } from '../../routing/logDate';

/**
 * A busy day (a border district can post hundreds of entries, a relay tens of thousands)
 * loads and shows its latest threads first; earlier ones are fetched a page at a time, when
 * the reader scrolls up to them or asks, so the screen stays quick to open and to draw.
 */
export const defaultThreadsPerPage = 50;

/** What the log asks for a day's newest `threads` threads; its counts come with their own call. */
export function dayPageInput(date: string, threads: number): InputOf<'log.day'> {
  return { date, threads, counts: false };
}

/** Asks for the first page of the day a log address shows, as the log is about to be drawn. */
export function askFirstPageEarly(client: Client, hash: string, now = Date.now()): void {
  const date = dateFromHash(hash) ?? istDateOf(now);
  callEarly(client, 'log.day', dayPageInput(date, defaultThreadsPerPage), 'log');
}
