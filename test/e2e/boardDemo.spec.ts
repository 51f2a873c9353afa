import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import type { CaseBoardCard } from '../../src/shared/api/views';
import { caseLanes } from '../../src/shared/domain/enums';
import { screenPath, useHarness } from './harnessProcess';
import { passphrase } from './seed';

/**
 * The case board on a demo database holding other offices' cases too: create a case from the
 * form, move it by drag and by keyboard with undo, its history, a foreign case that does not
 * move, filters that survive a reload, and the board in Hindi and Bengali.
 */
const run = promisify(execFile);
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
        '400',
        '--suspects',
        '150',
        '--photos',
        '20',
        '--log-entries',
        '10',
      ],
      { env: { ...process.env, SAMANVAY_PASSPHRASE: passphrase } },
    );
  },
});
test.use({ viewport: { width: 1366, height: 768 } });

const firNumber = '987654';
const year = new Date().getFullYear();
const title = `Dhanbad PS Case No. ${firNumber}/${year}`;
const laneOf = (page: Page, lane: string) => page.locator(`section[data-lane="${lane}"]`);

/** Opens the page, unlocking the database if it is locked, and waits for the lanes. */
async function openBoard(page: Page, hash = '') {
  await page.goto(harness().url);
  // The token now sits in session storage: a view's address opens like a bookmark.
  if (hash) await page.goto(`${harness().origin}/${hash}`);
  const unlock = page.getByRole('heading', { name: 'Unlock Samanvay' });
  const lanes = page.getByTestId('board-lanes');
  await expect(unlock.or(lanes)).toBeVisible();
  if (await unlock.isVisible()) {
    await page.getByLabel('Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(lanes).toBeVisible();
}

/** A case of another office, from core (the first in the fullest lane). */
async function foreignCase(): Promise<CaseBoardCard> {
  const status = await harness().call('session.status', {});
  const board = await harness().call('cases.board', { perLane: 40 });
  for (const lane of caseLanes) {
    const found = board.lanes[lane].items.find((item) => item.officeId !== status.office?.id);
    if (found) return found;
  }
  throw new Error('the demo database has no case of another office');
}

test('a new case from the form, moved by drag and by keyboard, undone, with its history', async ({
  page,
}) => {
  await openBoard(page);
  await page.screenshot({ path: screenPath('board-demo-1366') });

  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New case' });
  await expect(form).toBeVisible();
  await form.getByLabel('FIR number').fill('12AB34');
  await form.getByLabel('Crime head').first().click();
  await page.getByRole('option', { name: 'Coal theft' }).click();
  await form.getByLabel('Sections as in the FIR').fill('u/s 303(2)/317(2)/3(5) BNS');
  await form.getByLabel('Property value (₹)').fill('-5');
  await form.getByRole('button', { name: 'Create case' }).click();
  await expect(form.getByText('Correct the 2 marked fields.')).toBeVisible();
  await expect(form.getByText('The value cannot be less than zero.')).toBeVisible();
  await page.screenshot({ path: screenPath('board-new-case-errors') });

  await form.getByLabel('FIR number').fill(firNumber);
  await form.getByLabel('Property value (₹)').fill('2,50,000');
  await form.getByRole('button', { name: 'Create case' }).click();
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  const card = laneOf(page, 'registered').getByRole('article', { name: title });
  await expect(card).toContainText('₹2.5 lakh');
  await card.dragTo(laneOf(page, 'under_investigation'));
  await expect(page.getByText(`${title} moved to Under investigation.`)).toBeVisible();
  const moved = laneOf(page, 'under_investigation').getByRole('article', { name: title });
  await expect(moved).toBeVisible();

  await moved.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByText(`${title} moved to Charge-sheeted.`)).toBeVisible();
  await expect(laneOf(page, 'charge_sheeted').getByRole('article', { name: title })).toBeVisible();
  await page.screenshot({ path: screenPath('board-moved-undo') });
  // The moved card keeps the keyboard focus in its new lane.
  await expect(laneOf(page, 'charge_sheeted').getByRole('article', { name: title })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`${title} moved back to Under investigation.`)).toBeVisible();
  const back = laneOf(page, 'under_investigation').getByRole('article', { name: title });
  await expect(back).toBeVisible();

  await back.focus();
  await page.keyboard.press('Enter');
  const history = detail.getByRole('list', { name: 'Change history' });
  await expect(history.getByRole('listitem')).toHaveCount(4);
  await expect(history.getByRole('listitem').first()).toContainText('Under investigation');
  await expect(history).toContainText('Charge-sheeted');
  await expect(history).toContainText('Case entered');
  await expect(history).toContainText('Dhanbad');
  await detail.getByRole('heading', { name: 'Change history' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenPath('board-case-history') });
});

test("another office's case does not move, and the board says who can move it", async ({
  page,
}) => {
  const foreign = await foreignCase();
  const foreignTitle = `${foreign.policeStation} PS Case No. ${foreign.firNumber}/${foreign.firYear}`;
  await openBoard(
    page,
    `#/board?office=${foreign.officeId}&q=${encodeURIComponent(foreign.firNumber)}`,
  );
  const card = laneOf(page, foreign.lane).getByRole('article', { name: foreignTitle }).first();
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('draggable', 'false');
  await card.focus();
  await page.keyboard.press(foreign.lane === 'closed' ? 'Alt+ArrowLeft' : 'Alt+ArrowRight');
  await expect(page.getByRole('status').getByText(/only that office can move it/)).toBeVisible();
  await card.getByRole('button', { name: `Actions for ${foreignTitle}` }).click();
  await expect(page.getByText(/can move this case\./)).toBeVisible();
  await page.screenshot({ path: screenPath('board-foreign-case') });
  await page.keyboard.press('Escape');
  const after = await harness().call('cases.detail', { id: foreign.id });
  expect(after.lane).toBe(foreign.lane);
  expect(after.canEdit).toBe(false);
});

test('link a suspect from the case drawer; a note added elsewhere appears live', async ({
  page,
}) => {
  const found = await harness().call('mentions.search', {
    kind: 'case',
    query: firNumber,
    limit: 1,
  });
  const caseId = found[0]?.id ?? '';
  const suspect = (await harness().call('suspects.list', { hasPhoto: true, limit: 1 })).items[0];
  if (!caseId || !suspect) throw new Error('the case of the first test or a suspect is missing');
  await openBoard(page, `#/board?q=${firNumber}&case=${caseId}`);
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  await expect(detail).toContainText('No suspect is linked to this case yet.');

  await detail.getByLabel('Link a suspect').fill(suspect.name.slice(0, 6));
  await detail
    .getByRole('option', { name: new RegExp(suspect.name) })
    .first()
    .click();
  await detail.getByRole('button', { name: 'Link', exact: true }).click();
  const linked = detail.getByRole('list', { name: 'Suspects and linked cases' });
  await expect(linked.getByText(suspect.name)).toBeVisible();
  await expect(linked.getByRole('img', { name: suspect.name })).toBeVisible();

  await harness().call('notes.add', {
    targetEntity: 'case',
    targetId: caseId,
    text: 'Truck seen again near Barakar check post',
  });
  await expect(detail.getByText('Truck seen again near Barakar check post')).toBeVisible();
  await page.keyboard.press('Escape');
  const card = page.getByRole('article', { name: title });
  await expect(card.getByRole('group', { name: 'Suspects' }).getByRole('img')).toBeVisible();
  await page.screenshot({ path: screenPath('board-linked-suspect') });
});

test('filters live in the address and survive a reload', async ({ page }) => {
  await openBoard(page);
  const filters = page.getByRole('search', { name: 'Filter the board' });
  await filters.getByLabel('Police station').click();
  await page.getByRole('option').first().click();
  const station = (await filters.getByLabel('Police station').inputValue()).trim();
  await filters.getByLabel('Priority').click();
  await page.getByRole('option', { name: 'Normal' }).click();
  await expect(page).toHaveURL(/#\/board\?ps=[^&]+&priority=normal$/);
  const expected = await harness().call('cases.board', {
    policeStation: station,
    priority: 'normal',
    perLane: 1,
  });
  const count = caseLanes.reduce((sum, lane) => sum + expected.lanes[lane].total, 0);
  await expect(page.getByTestId('board-total')).toHaveText(
    `Matching the filters: ${count.toLocaleString('en-IN')}`,
  );

  await page.reload();
  await expect(
    page.getByTestId('board-lanes').or(page.getByText('No case matches these filters')),
  ).toBeVisible();
  await expect(filters.getByLabel('Police station')).toHaveValue(station);
  await expect(filters.getByLabel('Priority')).toHaveValue('Normal');
  await expect(page.getByTestId('board-total')).toHaveText(
    `Matching the filters: ${count.toLocaleString('en-IN')}`,
  );
  for (const article of await page.locator('article[data-case-id]').all())
    await expect(article).toContainText(station);
  await page.screenshot({ path: screenPath('board-filtered') });
});

test('the board in Hindi and Bengali, and at 1920×1080', async ({ page }) => {
  await openBoard(page);
  await page.getByText('हिन्दी').click();
  await expect(laneOf(page, 'registered').getByRole('heading', { name: 'दर्ज' })).toBeVisible();
  await expect(page.getByRole('button', { name: /नया मामला/ })).toBeVisible();
  await expect(page.getByRole('search', { name: 'पटल छाँटें' })).toBeVisible();
  await expect(page.locator('article').first()).toContainText(/थाना कांड सं. \d+/);
  await page.screenshot({ path: screenPath('board-demo-hi') });

  await page.getByText('বাংলা').click();
  await expect(laneOf(page, 'registered').getByRole('heading', { name: 'নথিভুক্ত' })).toBeVisible();
  await expect(page.getByRole('button', { name: /নতুন মামলা/ })).toBeVisible();
  await expect(page.getByTestId('board-total')).toContainText(/[০-৯]/);
  await page.screenshot({ path: screenPath('board-demo-bn') });

  await page.getByText('English').click();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(laneOf(page, 'closed').getByRole('heading', { name: 'Closed' })).toBeVisible();
  await page.screenshot({ path: screenPath('board-demo-1920') });
});
