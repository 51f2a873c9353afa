/**
 * bench/screens-board: the case board in Chromium against the browser harness, on a large
 * demo database (default 100k cases, 50k suspects, 10k photos, 200k log entries), at 1366×768:
 * - unlock to a usable board: from pressing Unlock to the lanes' first cards painted (≤ 1.5 s);
 * - filter change to repaint: from the address changing to the new board painted, as core
 *   answers it for that filter: the header's total (count and wording), every lane's count and
 *   each lane's first card (median ≤ 60 ms, worst ≤ 150 ms), through the same path as the
 *   filter controls (hash → cases.board → render);
 * - the fullest lane: frames per second while it scrolls (≥ 50), and a jump to its middle until
 *   real cards replace the placeholders (pages fetched with cases.lane);
 * - renderer JS heap after the scrolling, and core's own time for cases.board;
 * - the log's busiest day (about 28,000 entries with the defaults): from the address changing
 *   to its newest threads painted (≤ 150 ms), paged by log.day; its counts come after, with
 *   log.dayCounts.
 * The demo database takes minutes to make, so it is kept under the temp dir, keyed by its
 * parameters and by the code that shapes it, and reused. The database uses --kdf-fast, so
 * the unlock figure is the app's work, not the key derivation's.
 * Usage: npm run bench -- bench/screens-board.ts [--cases N] [--suspects N] [--photos N]
 *        [--log-entries N] [--rounds N] [--db FILE (a demo database made with these sizes)]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { caseLanes } from '../src/shared/domain/enums';
import type { CaseBoard } from '../src/shared/api/views';
import { filterSequence, filterToRepaint } from './lib/boardFilterSteps';
import { note, report } from './lib/budget';

const { values } = parseArgs({
  options: {
    cases: { type: 'string' },
    suspects: { type: 'string' },
    photos: { type: 'string' },
    'log-entries': { type: 'string' },
    rounds: { type: 'string' },
    db: { type: 'string' },
  },
});
const cases = Number(values.cases ?? 100_000);
const suspects = Number(values.suspects ?? 50_000);
const photos = Number(values.photos ?? 10_000);
const logEntries = Number(values['log-entries'] ?? 200_000);
const rounds = Number(values.rounds ?? 5);
const passphrase = 'bench passphrase long enough';
const root = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = process.env.SAMANVAY_CHROMIUM ?? '/usr/bin/chromium';

/**
 * A digest of the committed code that shapes the database and the demo (git's tree ids), so a
 * cache made by older code is not reused, while uncommitted edits in a shared working tree do
 * not throw away a database that takes minutes to make. Without git, the files themselves.
 */
function formatTag(): string {
  const dirs = ['src/core/db', 'src/core/demo'];
  const trees = spawnSync('git', ['rev-parse', ...dirs.map((dir) => `HEAD:${dir}`)], {
    cwd: root,
    encoding: 'utf8',
  });
  const hash = createHash('sha256');
  if (trees.status === 0) hash.update(trees.stdout);
  else
    for (const dir of [...dirs, 'src/core/db/migrations'])
      for (const name of readdirSync(path.join(root, dir)).sort())
        if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
          hash.update(readFileSync(path.join(root, dir, name)));
  return hash.digest('hex').slice(0, 12);
}

/** The cached demo database for these parameters, made on first use. */
function demoDatabase(): string {
  if (values.db) return path.resolve(values.db);
  const key = `c${cases}-s${suspects}-p${photos}-l${logEntries}-${formatTag()}`;
  const dir = path.join(tmpdir(), 'samanvay-bench-board', key);
  const db = path.join(dir, 'demo.db');
  if (existsSync(db)) return db;
  mkdirSync(dir, { recursive: true });
  console.log(`Making the demo database (${key}) in ${dir}; this takes minutes…`);
  const made = spawnSync(
    process.execPath,
    ['bin/samanvay.mjs', 'demo', '--db', db, '--kdf-fast']
      .concat(['--cases', String(cases), '--suspects', String(suspects)])
      .concat(['--photos', String(photos), '--log-entries', String(logEntries)]),
    { cwd: root, stdio: 'inherit', env: { ...process.env, SAMANVAY_PASSPHRASE: passphrase } },
  );
  if (made.status !== 0) throw new Error('samanvay demo failed');
  return db;
}

function startHarness(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['bin/samanvay.mjs', 'harness', '--db', db, '--port', '0'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Harness: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64})/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`harness exited (${code}):\n${output}`)));
  });
}

/** One contract call over the harness socket. */
function call<T>(url: string, method: string, input: unknown): Promise<T> {
  const { origin, hash } = new URL(url);
  const token = hash.replace('#token=', '');
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/api`, { origin });
  return new Promise<T>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (message['type'] === 'ready')
        socket.send(JSON.stringify({ type: 'call', id: 1, method, input }));
      if (message['type'] !== 'result') return;
      if (message['ok'] === true) resolve(message['result'] as T);
      else reject(new Error(JSON.stringify(message['error'])));
    });
  }).finally(() => socket.close());
}

const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

/*
 * The browser side is passed as source text: bench/ is type-checked without the DOM library,
 * and these few lines run in the page, not in Node.
 */

/** Milliseconds from pressing Unlock to the board's lanes with their first cards painted. */
async function unlockToBoard(page: Page, url: string): Promise<number> {
  await call(url, 'session.lock', {}).catch(() => undefined);
  await page.goto(url);
  await page.getByLabel('Passphrase').fill(passphrase);
  return page.evaluate<number>(`new Promise((resolve) => {
    const button = document.querySelector('form button[type="submit"]');
    const started = performance.now();
    button.click();
    const check = () => {
      if (document.querySelector('[data-testid="board-lanes"] article')) {
        requestAnimationFrame(() => resolve(performance.now() - started));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

/**
 * Records, in the page, when each cases.board call leaves and its answer arrives, so the
 * repaint figure can be split into core's round trip and the renderer's own work.
 */
const watchBoardCalls = `(() => {
  const Native = window.WebSocket;
  window.__boardCalls = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      const pending = new Map();
      const send = this.send.bind(this);
      this.send = (data) => {
        try {
          const message = JSON.parse(data);
          if (message.method === 'cases.board') pending.set(message.id, performance.now());
        } catch {}
        send(data);
      };
      this.addEventListener('message', (event) => {
        try {
          const message = JSON.parse(event.data);
          if (pending.has(message.id)) {
            window.__boardCalls.push(performance.now() - pending.get(message.id));
            pending.delete(message.id);
          }
        } catch {}
      });
    }
  };
})()`;

/** Core's round trip for the last cases.board call, as the page saw it. */
function lastBoardCall(page: Page): Promise<number> {
  return page.evaluate<number>(`window.__boardCalls.at(-1) ?? 0`);
}

/** Frames per second while a lane scrolls `step` px a frame for `ms`, bouncing at the ends. */
function scrollLane(page: Page, lane: string, ms: number, step: number) {
  return page.evaluate<{ fps: number; longFrames: number }>(`new Promise((resolve) => {
    const scroller = document.querySelector('[data-testid="lane-scroll-${lane}"]');
    let frames = 0;
    let longFrames = 0;
    let direction = 1;
    const started = performance.now();
    let last = started;
    const frame = (now) => {
      frames += 1;
      if (now - last > 1000 / 30) longFrames += 1;
      last = now;
      const max = scroller.scrollHeight - scroller.clientHeight;
      if (scroller.scrollTop >= max - ${step}) direction = -1;
      if (scroller.scrollTop <= 0) direction = 1;
      scroller.scrollTop += direction * ${step};
      if (now - started < ${ms}) requestAnimationFrame(frame);
      else resolve({ fps: (frames * 1000) / (now - started), longFrames });
    };
    requestAnimationFrame(frame);
  })`);
}

/** Milliseconds from jumping to the middle of a lane to real cards (no placeholders) in view. */
function jumpToMiddle(page: Page, lane: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const scroller = document.querySelector('[data-testid="lane-scroll-${lane}"]');
    const started = performance.now();
    scroller.scrollTop = Math.floor(scroller.scrollHeight / 2);
    const check = () => {
      const rows = scroller.querySelectorAll('li');
      const placeholders = scroller.querySelectorAll('li .mantine-Skeleton-root');
      if (performance.now() - started > 50 && rows.length > 0 && placeholders.length === 0)
        requestAnimationFrame(() => resolve(performance.now() - started));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1_048_576;
}

/** Milliseconds from the address changing to a log day's first threads painted. */
/**
 * From the address changing to the log's day until its first entries are painted (`first`),
 * until the whole first page (`entries` entries) is drawn (`whole`: the screen draws a
 * screenful first and the rest just after), and the longest main-thread task meanwhile
 * (Chromium reports tasks of 50 ms or more).
 */
function logDayToPaint(
  page: Page,
  date: string,
  entries: number,
): Promise<{ first: number; whole: number; longestTask: number }> {
  return page.evaluate(`new Promise((resolve, reject) => {
    let longestTask = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const task of list.getEntries()) longestTask = Math.max(longestTask, task.duration);
    });
    tasks.observe({ type: 'longtask' });
    const started = performance.now();
    window.location.hash = '#/log?date=${date}';
    let first = 0;
    let drawn = 0;
    let changedAt = 0;
    let still = 0;
    const check = () => {
      const now = performance.now();
      const count = document.querySelectorAll('[data-entry]').length;
      if (count > 0 && first === 0) first = now - started;
      if (count !== drawn) { drawn = count; changedAt = now - started; still = 0; } else still += 1;
      // The whole page: all its entries, or no more drawn for half a second.
      if (first > 0 && (count >= ${entries} || still > 30)) {
        requestAnimationFrame(() => {
          tasks.disconnect();
          resolve({ first, whole: count >= ${entries} ? performance.now() - started : changedAt, longestTask });
        });
      } else if (now - started > 20000) reject(new Error('no log entries drawn'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

/** The log's busiest day among the last week, and its number of entries. */
async function busiestLogDay(url: string): Promise<{ date: string; entries: number }> {
  let busiest = { date: '', entries: -1 };
  for (let daysAgo = 0; daysAgo < 8; daysAgo += 1) {
    const date = new Date(Date.now() + 5.5 * 3_600_000 - daysAgo * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const day = await call<{ entryCount: number }>(url, 'log.day', { date, threads: 1 });
    if (day.entryCount > busiest.entries) busiest = { date, entries: day.entryCount };
  }
  return busiest;
}

async function main(): Promise<boolean> {
  if (!existsSync(path.join(root, 'out/renderer/index.html')))
    throw new Error('The UI is not built: run npm run build:renderer first');
  const db = demoDatabase();
  const { child, url } = await startHarness(db);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  let ok = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(watchBoardCalls);
    console.log(
      `${cases.toLocaleString('en-IN')} cases, ${suspects.toLocaleString('en-IN')} suspects, ` +
        `${photos.toLocaleString('en-IN')} photos, ${logEntries.toLocaleString('en-IN')} log entries; 1366×768`,
    );
    const unlocks: number[] = [];
    for (let round = 0; round < rounds; round += 1) unlocks.push(await unlockToBoard(page, url));
    note('unlock → usable board, first (cold)', unlocks[0] ?? 0, 'ms');
    await call(url, 'session.lock', {});
    const unlockStarted = performance.now();
    await call(url, 'session.unlock', { passphrase });
    note(
      '  of which core session.unlock (over the socket)',
      performance.now() - unlockStarted,
      'ms',
    );
    ok = report('unlock → usable board (median)', median(unlocks), 'ms', { max: 1500 }) && ok;

    const started = performance.now();
    const board = await call<CaseBoard>(url, 'cases.board', { perLane: 40 });
    note('core cases.board, no filter (over the socket)', performance.now() - started, 'ms');

    const sequence = await filterSequence((method, input) => call(url, method, input));
    const [first, ...steps] = sequence;
    if (first) await filterToRepaint(page, first);
    const repaints: number[] = [];
    const roundTrips: number[] = [];
    for (const step of steps) {
      repaints.push(await filterToRepaint(page, step));
      roundTrips.push(await lastBoardCall(page));
    }
    ok = report('filter change → repaint (median)', median(repaints), 'ms', { max: 60 }) && ok;
    ok =
      report(`filter change → repaint (worst of ${repaints.length})`, Math.max(...repaints), 'ms', {
        max: 150,
      }) && ok;
    note('  of which cases.board round trip (median)', median(roundTrips), 'ms');
    const byFilter = new Map<string, number[]>();
    steps.forEach(({ hash }, index) => {
      byFilter.set(hash, [...(byFilter.get(hash) ?? []), repaints[index] ?? 0]);
    });
    for (const [hash, times] of byFilter)
      note(`  ${hash.replace('#/board', '') || '(no filter)'}`, median(times), 'ms');

    await page.evaluate(`window.location.hash = '#/board'`);
    const fullest = [...caseLanes].sort((a, b) => board.lanes[b].total - board.lanes[a].total)[0];
    await page.locator(`[data-testid="lane-scroll-${fullest}"] article`).first().waitFor();
    note(`fullest lane (${fullest}) cards`, board.lanes[fullest ?? 'registered'].total, 'cards');
    note('jump to the middle of it → cards painted', await jumpToMiddle(page, fullest ?? ''), 'ms');
    const scrolled = await scrollLane(page, fullest ?? '', 5000, 40);
    ok = report('lane scroll frame rate', scrolled.fps, 'frames/s', { min: 50 }) && ok;
    note('frames over 33 ms while scrolling', scrolled.longFrames, 'frames');
    note('renderer JS heap after scrolling', await heapMb(page), 'MB');

    const busiest = await busiestLogDay(url);
    const wholeStarted = performance.now();
    await call(url, 'log.day', { date: busiest.date });
    note(
      `log day of ${busiest.entries} entries, whole (unpaged) round trip`,
      performance.now() - wholeStarted,
      'ms',
    );
    const pageStarted = performance.now();
    await call(url, 'log.day', { date: busiest.date, threads: 150 });
    note('  its newest 150 threads, round trip', performance.now() - pageStarted, 'ms');
    const firstPageStarted = performance.now();
    const firstPage = await call<{ entries: unknown[] }>(url, 'log.day', {
      date: busiest.date,
      threads: 50,
      counts: false,
    });
    note(
      '  its newest 50 threads without counts (as the screen asks)',
      performance.now() - firstPageStarted,
      'ms',
    );
    const countsStarted = performance.now();
    await call(url, 'log.dayCounts', { date: busiest.date });
    note(
      '  its counts (log.dayCounts, after the first paint)',
      performance.now() - countsStarted,
      'ms',
    );
    const paints: Array<{ first: number; whole: number; longestTask: number }> = [];
    for (let round = 0; round < rounds; round += 1) {
      await page.evaluate(`window.location.hash = '#/board'`);
      await page.locator('[data-testid="board-lanes"] article').first().waitFor();
      paints.push(await logDayToPaint(page, busiest.date, firstPage.entries.length));
    }
    const of = (key: 'first' | 'whole' | 'longestTask') => median(paints.map((one) => one[key]));
    ok =
      report(`log day of ${busiest.entries} entries → first paint (median)`, of('first'), 'ms', {
        max: 150,
      }) && ok;
    note(`  → its whole first page (${firstPage.entries.length} entries) drawn`, of('whole'), 'ms');
    note('  longest task of 50 ms or more meanwhile (median; 0: none)', of('longestTask'), 'ms');
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
