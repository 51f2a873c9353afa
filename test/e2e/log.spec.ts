import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import WebSocket from 'ws';
import type { InputOf, Method, ResultOf } from '../../src/shared/api/contract';
import { screenPath } from './harnessProcess';
import { caseInput, passphrase } from './seed';

/**
 * The coordination log against a demo database: entries of four offices over three days, so
 * there are other offices' entries to reply to and acknowledge. The harness runs on it for
 * the whole file (`samanvay demo`, then `samanvay harness`).
 */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const istOffset = 5.5 * 3_600_000;
const istDate = (epochMs: number) => new Date(epochMs + istOffset).toISOString().slice(0, 10);

interface DemoHarness {
  url: string;
  call: <M extends Method>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;
  stop: () => Promise<void>;
}

async function launchDemoHarness(): Promise<DemoHarness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'samanvay-log-e2e-'));
  const db = path.join(dir, 'demo.db');
  const env = { ...process.env, SAMANVAY_PASSPHRASE: passphrase };
  const demo = spawnSync(
    process.execPath,
    ['bin/samanvay.mjs', 'demo', '--db', db, '--kdf-fast', '--days', '3', '--cases', '40'],
    { cwd: projectRoot, env, encoding: 'utf8' },
  );
  if (demo.status !== 0) throw new Error(`samanvay demo failed: ${demo.stderr}`);
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/samanvay.mjs', 'harness', '--db', db, '--port', '0', '--kdf-fast'],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no harness URL:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Harness: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64})/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the harness exited (${code}):\n${output}`)));
  });
  const { origin, hash } = new URL(url);
  const token = hash.replace('#token=', '');
  const call = (method: string, input: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const socket = new WebSocket(`${origin.replace('http', 'ws')}/api`, { origin });
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Record<string, unknown>;
        if (message['type'] === 'ready') {
          socket.send(JSON.stringify({ type: 'call', id: 1, method, input }));
        } else if (message['type'] === 'result') {
          socket.close();
          if (message['ok'] === true) resolve(message['result']);
          else reject(new Error(JSON.stringify(message['error'])));
        }
      });
    });
  return {
    url,
    call: async (method, input) => (await call(method, input)) as never,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let harness: DemoHarness | undefined;
let officeId = '';
const running = () => {
  if (!harness) throw new Error('the harness has not started');
  return harness;
};

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  harness = await launchDemoHarness();
  const status = await harness.call('session.unlock', { passphrase });
  officeId = status.office?.id ?? '';
  await harness.call('cases.create', caseInput({ firNumber: '777', firYear: 2026 }));
  await harness.call('suspects.create', {
    name: 'Bablu Ansari',
    fatherName: 'Karim Ansari',
    age: 34,
    dateOfBirth: null,
    sex: 'male',
    address: 'Nirsa bazar',
    marks: '',
    heightCm: null,
    build: '',
    mo: '',
    gang: '',
    status: 'wanted',
    reward: 0,
    primaryPhoto: null,
    sharing: 'network',
  });
});

test.afterAll(async () => {
  await harness?.stop();
});

async function openLog(page: Page, hash = '#/log') {
  await page.goto(running().url);
  await expect(page.getByTestId('office-name')).toBeVisible();
  // Same document, new hash: the harness token stays in the tab's session storage.
  await page.goto(`${new URL(running().url).origin}/${hash}`);
  await expect(page.getByRole('heading', { name: 'Daily coordination log' })).toBeVisible();
}

/** Pastes an image into the compose box, as Ctrl+V of a screenshot would (runs in the page). */
async function pastePhoto(page: Page) {
  const png = await sharp({
    create: { width: 160, height: 120, channels: 3, background: { r: 180, g: 40, b: 40 } },
  })
    .png()
    .toBuffer();
  await page.getByRole('textbox', { name: 'New entry' }).focus();
  await page.evaluate(`(() => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(png.toString('base64'))}), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'photo.png', { type: 'image/png' }));
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  })()`);
}

/** A stand-in for the page's Notification that records each title in `shownNotifications`. */
const recordNotifications = `(() => {
  const shown = [];
  window.shownNotifications = shown;
  class Recorded {
    static permission = 'granted';
    static requestPermission = () => Promise.resolve('granted');
    constructor(title) {
      shown.push(title);
    }
  }
  Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true });
})()`;

test('posts an entry with a mention, a vehicle and a pasted photo', async ({ page }) => {
  await openLog(page);
  await expect(page.getByText(/^Entries: \d+/)).toBeVisible();
  await page.screenshot({ path: screenPath('log') });

  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.click();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('radio', { name: /Request for help/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await box.pressSequentially('Trace #777');
  await expect(page.getByRole('option', { name: /Nirsa PS Case No\. 777\/2026 · / })).toBeVisible();
  await page.keyboard.press('Enter');
  await box.pressSequentially('and @Bablu');
  await expect(page.getByRole('option', { name: /Bablu Ansari/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await box.pressSequentially('in a white Bolero jh 10 ab 1234');
  await expect(box).toHaveValue(
    'Trace #Nirsa PS Case No. 777/2026 and @Bablu Ansari in a white Bolero jh 10 ab 1234',
  );
  await pastePhoto(page);
  await expect(page.getByRole('button', { name: 'Remove Photo 1 of the entry' })).toBeVisible();
  await page.screenshot({ path: screenPath('log-compose') });
  await page.keyboard.press('Enter');

  const posted = page.getByRole('article').filter({ hasText: 'Trace #Nirsa PS Case No. 777/2026' });
  await expect(posted).toHaveAttribute('data-unanswered', 'true');
  await expect(posted.getByRole('link', { name: '#Nirsa PS Case No. 777/2026' })).toBeVisible();
  await expect(posted.getByRole('link', { name: '@Bablu Ansari' })).toBeVisible();
  await expect(posted.getByText('JH-10-AB-1234')).toBeVisible();
  await expect(box).toHaveValue('');

  await posted.getByRole('button', { name: 'Photo 1 of the entry' }).click();
  await expect(page.getByRole('dialog').getByRole('img', { name: 'Photo' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const today = await running().call('log.day', { date: istDate(Date.now()) });
  const stored = today.entries.find((entry) =>
    entry.text.startsWith('Trace #Nirsa PS Case No. 777'),
  );
  expect(stored).toMatchObject({ category: 'request', vehicles: ['JH-10-AB-1234'] });
  expect(stored?.caseIds).toHaveLength(1);
  expect(stored?.suspectIds).toHaveLength(1);
  expect(stored?.photos).toHaveLength(1);
});

test('replies under another office’s entry and acknowledges one', async ({ page }) => {
  await openLog(page);
  const other = page.locator('article:not([data-reply])', {
    has: page.getByRole('button', { name: 'Acknowledge' }),
  });
  const first = other.first();
  const id = await first.getAttribute('data-entry');
  await first.getByRole('button', { name: 'Reply' }).click();
  await expect(page.getByText(/^Replying to /)).toBeVisible();
  await page.keyboard.type('Checked at Nirsa: nothing found.');
  await page.keyboard.press('Enter');
  const reply = page.locator('article[data-reply]').filter({ hasText: 'Checked at Nirsa' });
  await expect(reply).toBeVisible();
  await expect(page.getByText(/^Replying to /)).toHaveCount(0);

  const target = page.locator(`article[data-entry="${id}"]`);
  await target.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(target.getByText('Acknowledged by this office')).toBeVisible();
  await expect(target.getByTestId('seen-by')).toContainText('this office');
  await page.screenshot({ path: screenPath('log-thread') });

  const thread = await running().call('log.thread', { id: id ?? '' });
  expect(thread[0]?.acks).toContain(officeId);
  expect(thread.some((entry) => entry.text === 'Checked at Nirsa: nothing found.')).toBe(true);
});

test('an urgent lookout raises the banner on any screen and a desktop notification', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await page.addInitScript({ content: recordNotifications });
  await page.goto(running().url);
  await expect(page.getByTestId('office-name')).toBeVisible();
  await running().call('log.post', {
    category: 'lookout',
    text: 'Red Bolero WB 38 K 4411 heading to Chirkunda check post',
    urgent: true,
    replyTo: null,
    caseIds: [],
    suspectIds: [],
    vehicles: ['WB 38 K 4411'],
    photos: [],
  });
  const banner = page.getByTestId('urgent-banner');
  await expect(banner).toContainText('Urgent lookout from');
  await expect(banner).toContainText('Red Bolero');
  await expect
    .poll(() => page.evaluate<string[]>('window.shownNotifications'))
    .toEqual([expect.stringMatching(/^Urgent lookout: /)]);
  await page.screenshot({ path: screenPath('log-urgent-banner-board') });

  await banner.getByRole('link', { name: 'Open in the log' }).click();
  await expect(page.getByRole('heading', { name: 'Daily coordination log' })).toBeVisible();
  await expect(
    page.locator('article[data-urgent]').filter({ hasText: 'Red Bolero' }),
  ).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);

  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.click();
  await page.keyboard.press('Alt+2');
  await page.getByRole('switch', { name: /Urgent/ }).check();
  await box.fill('Absconder seen at Maithon dam');
  await box.press('Enter');
  await expect(banner).toContainText('Absconder seen at Maithon dam');
});

test('moves between days, keeps the day in the address and follows new entries live', async ({
  page,
}) => {
  const today = istDate(Date.now());
  const yesterday = istDate(Date.now() - 86_400_000);
  await openLog(page);
  await expect(page.getByRole('button', { name: 'Next day' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous day' }).click();
  await expect(page).toHaveURL(new RegExp(`#/log\\?date=${yesterday}$`));
  await expect(page.getByText(/^Entries: \d+/)).toBeVisible();
  await page.reload();
  // The day is shown dd/mm/yyyy, as Indian forms write dates.
  const [year, month, day] = yesterday.split('-');
  await expect(page.getByLabel('Day', { exact: true })).toHaveValue(`${day}/${month}/${year}`);
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(page).toHaveURL(new RegExp(`#/log\\?date=${today}$`));
  await expect(page.getByText('Trace #Nirsa PS Case No. 777/2026')).toBeVisible();

  await running().call('log.post', {
    category: 'information',
    text: 'Posted from another window: convoy passed Barakar',
    urgent: false,
    replyTo: null,
    caseIds: [],
    suspectIds: [],
    vehicles: [],
    photos: [],
  });
  await expect(page.getByText('Posted from another window: convoy passed Barakar')).toBeVisible();
});

test('speaks Hindi and Bengali, and fits a 1920×1080 screen', async ({ page }) => {
  await openLog(page);
  await page.getByText('हिन्दी').click();
  await expect(page.getByRole('heading', { name: 'दैनिक समन्वय पंजी' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /सहायता का अनुरोध/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'उत्तर दें' }).first()).toBeVisible();
  await page.screenshot({ path: screenPath('log-hi') });

  await page.getByText('বাংলা').click();
  await expect(page.getByRole('heading', { name: 'দৈনিক সমন্বয় খাতা' })).toBeVisible();
  await expect(page.getByText(/^এন্ট্রি: [০-৯]+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'উত্তর দিন' }).first()).toBeVisible();
  await page.screenshot({ path: screenPath('log-bn') });
  await page.getByText('English').click();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByRole('textbox', { name: 'New entry' })).toBeInViewport();
  await page.screenshot({ path: screenPath('log-1920') });
});

test('opens a busy day at its newest threads and fetches earlier ones as the reader scrolls up', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const date = istDate(Date.now());
  for (let index = 0; index < 120; index += 1) {
    await running().call('log.post', {
      category: 'information',
      text: `Busy day entry ${index}`,
      urgent: false,
      replyTo: null,
      caseIds: [],
      suspectIds: [],
      vehicles: [],
      photos: [],
    });
  }
  const whole = await running().call('log.dayCounts', { date });
  await openLog(page);
  await expect(page.getByText('Busy day entry 119')).toBeVisible();
  await expect(
    page.getByText(`Entries: ${whole.entryCount.toLocaleString('en-IN')}`),
  ).toBeVisible();
  // The first page is the newest 50 threads: each of these entries starts one.
  await expect(page.getByRole('article')).toHaveCount(50);
  await expect(page.getByText('Busy day entry 70', { exact: true })).toBeVisible();
  await expect(page.getByText('Busy day entry 69', { exact: true })).toHaveCount(0);

  await page.evaluate('window.scrollTo({ top: 0 })');
  await expect(page.getByText('Busy day entry 20', { exact: true })).toBeAttached({
    timeout: 30_000,
  });
  await expect(page.getByText('Busy day entry 19', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(100);
  const earlier = page.getByRole('button', { name: /^Show earlier entries/ });
  for (let pages = 0; pages < 10 && (await earlier.count()) > 0; pages += 1) {
    const drawn = await page.getByRole('article').count();
    await earlier.click();
    await expect
      .poll(() => page.getByRole('article').count(), { timeout: 30_000 })
      .toBeGreaterThan(drawn);
  }
  await expect(page.getByText('Busy day entry 0', { exact: true })).toBeAttached({
    timeout: 30_000,
  });
  await expect(earlier).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(whole.entryCount);
});
