import { expect, test } from '@playwright/test';
import { screenPath, useHarness } from './harnessProcess';
import { initialise, passphrase } from './seed';

const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

let recoveryKey = '';
test.beforeAll(async () => {
  recoveryKey = (await initialise(harness())).recoveryKey;
});

test('lock, a wrong passphrase shown translated, then the right one', async ({ page }) => {
  await page.goto(harness().url);
  await expect(page.getByTestId('office-name')).toHaveText('Dhanbad District Control Room');
  await page.getByRole('button', { name: 'Lock' }).click();

  await expect(page.getByRole('heading', { name: 'Unlock Samanvay' })).toBeVisible();
  await page.screenshot({ path: screenPath('unlock') });
  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('The passphrase is wrong.');
  await page.screenshot({ path: screenPath('unlock-wrong-passphrase') });

  await page.getByText('हिन्दी').click();
  await expect(page.getByRole('heading', { name: 'समन्वय का ताला खोलें' })).toBeVisible();
  await page.getByLabel('गुप्त वाक्यांश').fill('फिर से गलत');
  await page.getByRole('button', { name: 'ताला खोलें' }).click();
  await expect(page.getByRole('alert')).toHaveText('गुप्त वाक्यांश गलत है।');
  await page.screenshot({ path: screenPath('unlock-wrong-passphrase-hi') });

  await page.getByText('English').click();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('office-name')).toHaveText('Dhanbad District Control Room');
});

test('the recovery key unlocks too, with dashes and spaces or without', async ({ page }) => {
  await page.goto(harness().url);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill('AAAA-BBBB-CCCC');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /The recovery key is (wrong|mistyped: check each group of characters)\./,
  );
  await page.screenshot({ path: screenPath('unlock-recovery-key') });

  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('office-name')).toHaveText('Dhanbad District Control Room');
});
