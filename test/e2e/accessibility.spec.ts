import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screenPath, useHarness, type HarnessProcess } from './harnessProcess';
import { passphrase } from './seed';

/**
 * Every screen, in English, Hindi and Bengali, measured by axe-core as an outside
 * accessibility engine would: any critical or serious violation fails the run. Each screen is
 * also photographed at 1366×768 into test-results/screens/ (SCREEN-LANGUAGE.png).
 */
const run = promisify(execFile);
const languages = ['en', 'hi', 'bn'] as const;
type Language = (typeof languages)[number];
test.use({ viewport: { width: 1366, height: 768 } });

/** One line per failing rule and element, so a failure says what to fix and where. */
async function audit(page: Page, screen: string, language: Language): Promise<void> {
  await page.screenshot({ path: screenPath(`${screen}-${language}`) });
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.impact} ${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
      ),
    );
  expect.soft(blocking, `${screen} in ${language}`).toEqual([]);
  await expect
    .soft(page.locator('h1'), `${screen} in ${language} has one level-one heading`)
    .toHaveCount(1);
}

/** Opens the app in a language (remembered in local storage, as the switcher does). */
async function openIn(page: Page, harness: HarnessProcess, language: Language): Promise<void> {
  await page.addInitScript({
    content: `localStorage.setItem('samanvay.language', ${JSON.stringify(language)});`,
  });
  await page.goto(harness.url);
}

async function visit(page: Page, harness: HarnessProcess, hash: string): Promise<void> {
  // Same document, new hash: the harness token stays in the tab's session storage.
  await page.goto(`${harness.origin}/${hash}`);
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test.describe('first run', () => {
  const harness = useHarness();
  for (const language of languages) {
    test(`has no serious accessibility fault in ${language}`, async ({ page }) => {
      await openIn(page, harness(), language);
      await expect(page.locator('h1')).toBeVisible();
      await audit(page, 'first-run', language);
    });
  }
});

test.describe('the screens of a working office', () => {
  const harness = useHarness({
    prepare: async (dbPath) => {
      await run(
        process.execPath,
        [
          'bin/samanvay.mjs',
          'demo',
          '--db',
          dbPath,
          '--kdf-fast',
          '--cases',
          '120',
          '--suspects',
          '40',
          '--photos',
          '10',
          '--log-entries',
          '30',
        ],
        { env: { ...process.env, SAMANVAY_PASSPHRASE: passphrase } },
      );
    },
  });

  for (const language of languages) {
    test(`has no serious accessibility fault on any screen in ${language}`, async ({ page }) => {
      test.setTimeout(180_000);
      const running = harness();
      await openIn(page, running, language);
      await expect(page.locator('h1')).toBeVisible();
      const status = await running.call('session.status', {});
      if (status.state === 'locked') {
        await audit(page, 'unlock', language);
        await page.locator('input[type="password"]').fill(passphrase);
        await page.locator('form button[type="submit"]').click();
      }
      await expect(page.getByTestId('office-name')).toBeVisible();

      await visit(page, running, '#/board');
      await audit(page, 'board', language);

      const board = await running.call('cases.board', { perLane: 1 });
      const someCase = board.lanes.registered.items[0] ?? board.lanes.under_investigation.items[0];
      if (someCase) {
        await visit(page, running, `#/board?case=${someCase.id}`);
        await expect(page.getByTestId('case-detail')).toBeVisible();
        await audit(page, 'case', language);
      }

      await visit(page, running, '#/gallery');
      await audit(page, 'gallery', language);

      const suspects = await running.call('suspects.list', { offset: 0, limit: 1 });
      const suspect = suspects.items[0];
      expect(suspect, 'the demo holds suspects').toBeDefined();
      await visit(page, running, `#/gallery/${suspect?.id ?? ''}`);
      await audit(page, 'dossier', language);

      await visit(page, running, '#/log');
      await audit(page, 'log', language);

      await visit(page, running, '#/duplicates');
      await audit(page, 'duplicates', language);

      await visit(page, running, '#/patterns');
      await expect(page.getByTestId('pattern').first()).toBeVisible();
      await audit(page, 'patterns', language);

      await visit(page, running, '#/lookouts');
      await audit(page, 'lookouts', language);

      await visit(page, running, '#/bulletin');
      await audit(page, 'bulletin', language);

      await visit(page, running, '#/meeting');
      await audit(page, 'meeting', language);

      await visit(page, running, '#/sync');
      await audit(page, 'sync', language);

      await visit(page, running, '#/settings');
      await audit(page, 'settings', language);

      await page.goto(`${running.origin}/#/board`);
      await page
        .locator('header button')
        .filter({ hasText: /Lock|ताला|তালা/ })
        .click();
      await expect(page.locator('input[type="password"]')).toBeVisible();
    });
  }
});
