import { expect, test } from '@playwright/test';
import { screenPath, useHarness } from './harnessProcess';
import { caseInput, initialise } from './seed';

const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeAll(async () => {
  const running = harness();
  await initialise(running);
  await running.call(
    'cases.create',
    caseInput({ firNumber: '12', propertyValue: 1_250_000, priority: 'urgent' }),
  );
  await running.call('cases.create', caseInput({ firNumber: '13', crimeHead: 'robbery' }));
  await running.call(
    'cases.create',
    caseInput({
      firNumber: '7A',
      lane: 'charge_sheeted',
      propertyValue: 12_000_000,
      policeStation: 'Chirkunda',
    }),
  );
});

test('the board lists cases by lane with counts, IST times and lakh/crore', async ({ page }) => {
  await page.goto(harness().url);
  const reported = page.locator('section[data-lane="registered"]');
  const arrested = page.locator('section[data-lane="charge_sheeted"]');
  await expect(reported.getByRole('heading', { name: 'Registered' })).toBeVisible();
  await expect(reported.getByLabel('Cases: 2')).toBeVisible();
  await expect(arrested.getByLabel('Cases: 1')).toBeVisible();
  await expect(page.locator('section[data-lane="closed"]')).toContainText(
    'No cases at this stage.',
  );

  const urgent = reported.getByRole('article', { name: 'Nirsa PS Case No. 12/2025' });
  await expect(urgent).toContainText('Urgent');
  await expect(urgent).toContainText('₹12.5 lakh');
  await expect(urgent).toContainText('Nirsa');
  await expect(urgent).toContainText('16 Jan 2025, 01:30');
  await expect(
    arrested.getByRole('article', { name: 'Chirkunda PS Case No. 7A/2025' }),
  ).toContainText('₹1.2 crore');
  await page.screenshot({ path: screenPath('board') });

  await page.getByText('বাংলা').click();
  await expect(
    reported.getByRole('article', { name: 'নিরসা থানা মামলা নং 12/2025' }),
  ).toContainText('₹১২.৫ লাখ');
  await expect(reported.getByRole('heading', { name: 'নথিভুক্ত' })).toBeVisible();
  await page.screenshot({ path: screenPath('board-cases-bn') });
  await page.getByText('English').click();
});

test('a case created elsewhere appears on the open board without a reload', async ({ page }) => {
  await page.goto(harness().url);
  const closed = page.locator('section[data-lane="closed"]');
  await expect(closed).toContainText('No cases at this stage.');
  await harness().call(
    'cases.create',
    caseInput({ firNumber: '99', lane: 'closed', crimeHead: 'cattle_smuggling' }),
  );
  await expect(closed.getByRole('article', { name: 'Nirsa PS Case No. 99/2025' })).toContainText(
    'Cattle smuggling',
  );
  await expect(closed.getByLabel('Cases: 1')).toBeVisible();
});

test('one click anywhere on a card opens it; dragging moves it without opening', async ({
  page,
}) => {
  await page.goto(harness().url);
  const registered = page.locator('section[data-lane="registered"]');
  const card = registered.getByRole('article', { name: 'Nirsa PS Case No. 13/2025' });
  await card.getByText('Robbery').click();
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await expect(page).toHaveURL(/case=/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('case-detail')).toBeHidden();

  const investigating = page.locator('section[data-lane="under_investigation"]');
  await card.dragTo(investigating);
  await expect(
    investigating.getByRole('article', { name: 'Nirsa PS Case No. 13/2025' }),
  ).toBeVisible();
  await expect(page.getByTestId('case-detail')).toBeHidden();
});
