/**
 * bench/screens-board's filter steps: the filters it steps the board through, and the wait
 * until the board core answers for each is painted. The screen's own helpers word the expected
 * labels, so the bench waits for exactly what the screen shows for that answer.
 */
import type { Page } from '@playwright/test';
import type { CaseBoard, SessionStatus } from '../../src/shared/api/views';
import { caseLanes } from '../../src/shared/domain/enums';
import { filterOf, parseBoardQuery } from '../../src/renderer/components/BoardFilters/boardQuery';
import { createTranslate } from '../../src/renderer/i18n/messages';
import { boardTotal, boardTotalText } from '../../src/renderer/pages/Board/boardTotal';

/** One contract call on the bench's harness. */
export type BenchCall = <T>(method: string, input: unknown) => Promise<T>;

/** A filter to step to, and what the board shows once core's answer for it is painted. */
export interface FilterStep {
  hash: string;
  /** The header's total label, in English (the bench's language). */
  total: string;
  /** Each lane's count label, and the id of its first card (none in an empty lane). */
  lanes: Array<{ lane: string; count: string; firstCard?: string }>;
}

/**
 * Milliseconds from the address changing to the board of `step` painted: its total label, lane
 * counts and first cards, all from the new answer. Any label change alone is not enough: a
 * stale label (the new filter's wording over the old count) would stop the clock early.
 */
export function filterToRepaint(page: Page, step: FilterStep): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const step = ${JSON.stringify(step)};
    const painted = () =>
      document.querySelector('[data-testid="board-total"]')?.textContent === step.total &&
      step.lanes.every(({ lane, count, firstCard }) => {
        const section = document.querySelector('section[data-lane="' + lane + '"]');
        return (
          section?.querySelector('.mantine-Badge-root')?.getAttribute('aria-label') === count &&
          (!firstCard || section.querySelector('article[data-case-id="' + firstCard + '"]'))
        );
      });
    if (painted()) reject(new Error(step.hash + ' is already shown: nothing to repaint'));
    const started = performance.now();
    window.location.hash = step.hash;
    const check = () => {
      if (painted()) requestAnimationFrame(() => resolve(performance.now() - started));
      else if (performance.now() - started > 10000) reject(new Error('no repaint for ' + step.hash));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

/**
 * Filters to step through, each with a different total from the one before it, and what each
 * board looks like, asked of core directly with the filter the screen sends for that address.
 */
export async function filterSequence(call: BenchCall): Promise<FilterStep[]> {
  const status = await call<SessionStatus>('session.status', {});
  const offices = await call<Array<{ id: string; policeStations: string[] }>>('offices.list', {});
  const other = offices.find((office) => office.id !== status.office?.id) ?? offices[0];
  const station = status.office?.policeStations[0] ?? 'Nirsa';
  const candidates = [
    '#/board?priority=urgent',
    '#/board',
    `#/board?ps=${encodeURIComponent(station)}`,
    '#/board?priority=low',
    `#/board?office=${other?.id ?? ''}`,
    '#/board?suspects=yes',
    '#/board?priority=high&suspects=no',
    '#/board?q=theft',
  ];
  const t = createTranslate('en');
  const sequence: FilterStep[] = [];
  let previous = -1;
  for (let round = 0; round < 3; round += 1) {
    for (const hash of candidates) {
      const filter = filterOf(parseBoardQuery(hash));
      const board = await call<CaseBoard>('cases.board', { ...filter, perLane: 1 });
      const total = boardTotal(board.lanes, filter);
      if (total.count === previous) continue;
      sequence.push({
        hash,
        total: boardTotalText(t, total),
        lanes: caseLanes.map((lane) => ({
          lane,
          count: t('board.laneCount', { count: board.lanes[lane].total }),
          firstCard: board.lanes[lane].items[0]?.id,
        })),
      });
      previous = total.count;
    }
  }
  return sequence;
}
