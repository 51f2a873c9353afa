import { expect, test } from '@playwright/test';
import { screenPath, useHarness } from './harnessProcess';
import { caseInput, initialise } from './seed';

const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

function suspectInput(fields: Record<string, unknown>) {
  return {
    name: '',
    fatherName: '',
    age: null,
    dateOfBirth: null,
    sex: 'male' as const,
    address: '',
    marks: '',
    heightCm: null,
    build: '',
    mo: '',
    gang: '',
    status: 'wanted' as const,
    reward: 0,
    primaryPhoto: null,
    sharing: 'network' as const,
    aliases: [],
    otherNames: [],
    phones: [],
    vehicles: [],
    photos: [],
    ...fields,
  };
}

let bengaliId = '';

test.beforeAll(async () => {
  const running = harness();
  await initialise(running);
  await running.call(
    'suspects.create',
    suspectInput({ name: 'Md. Rabiul Sheikh', fatherName: 'Habibul Sheikh', age: 34 }),
  );
  bengaliId = (
    await running.call('suspects.create', suspectInput({ name: 'মোঃ রবিউল শেখ', age: 35 }))
  ).id;
  const { id: caseId } = await running.call(
    'cases.create',
    caseInput({ firNumber: '202', mo: 'Rabiul and two others on a black Pulsar' }),
  );
  await running.call('cases.setVehicles', { id: caseId, vehicles: ['JH-10 AB 1234'] });
});

test('Ctrl+K searches across scripts, ranked and grouped, and Enter opens the hit', async ({
  page,
}) => {
  await page.goto(harness().url);
  await expect(page.getByTestId('office-name')).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  await input.fill('Rabiul');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(3);
  await expect(page.getByRole('group', { name: 'Suspects' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Cases' })).toBeVisible();
  // The matched words are highlighted in each script.
  await expect(hits.first().locator('mark').first()).toBeVisible();
  await expect(page.locator('mark', { hasText: 'রবিউল' })).toBeVisible();
  await expect(page.locator('mark', { hasText: 'Rabiul' }).first()).toBeVisible();
  await expect(hits.first().getByTestId('search-reasons')).toContainText('same phonetic name');
  await page.screenshot({ path: screenPath('search-en') });

  // Arrow keys move, Enter opens the chosen dossier.
  const secondTitle = (await hits.nth(1).locator('p').first().textContent()) ?? '';
  await input.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page.getByTestId('search-input')).toBeHidden();
  const opened = secondTitle.includes('রবিউল') ? bengaliId : '';
  if (opened) await expect(page).toHaveURL(new RegExp(`#/gallery/${opened}`));
  else await expect(page).toHaveURL(/#\/gallery\//);
});

test('a vehicle in part finds the case it is on; the box speaks Hindi and Bengali', async ({
  page,
}) => {
  await page.goto(harness().url);
  await page.getByTestId('search-open').click();
  await page.getByTestId('search-input').fill('AB 1234');
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toContainText('JH-10-AB-1234');
  await expect(hit.locator('mark')).toHaveText('AB-1234');
  await expect(hit.getByTestId('search-reasons')).toHaveText('vehicle number matches');
  await page.keyboard.press('Escape');

  await page.getByText('हिन्दी').click();
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill('Rabiul');
  await expect(page.getByRole('group', { name: 'संदिग्ध' })).toBeVisible();
  await expect(page.getByText('नाम का उच्चारण एक').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByText('বাংলা').click();
  await page.getByTestId('search-open').click();
  await page.getByTestId('search-input').fill('"zzxq" NEAR(*');
  await expect(page.getByText('কিছু পাওয়া যায়নি।')).toBeVisible();
  await page.screenshot({ path: screenPath('search-bn') });
});
