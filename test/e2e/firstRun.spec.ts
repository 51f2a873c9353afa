import { expect, test } from '@playwright/test';
import { screenPath, useHarness } from './harnessProcess';

const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

test('first run creates the office and shows the recovery key once', async ({ page }) => {
  await page.goto(harness().url);
  await expect(page.getByRole('heading', { name: 'Set up this computer' })).toBeVisible();
  // The token has left the address bar.
  expect(page.url()).not.toContain('token=');
  await page.screenshot({ path: screenPath('first-run'), fullPage: true });

  await page.getByLabel('Border office').selectOption({ label: 'Dhanbad District Control Room' });
  await expect(page.getByLabel('Office name in Hindi')).toHaveValue('धनबाद ज़िला नियंत्रण कक्ष');
  await page.getByLabel('Your name').fill('Ravi Mahato');
  await page.getByRole('combobox', { name: 'Rank' }).fill('Sub-Inspector');
  await page.getByLabel(/^Passphrase\W*$/).fill('too short');
  await page.getByLabel('Passphrase again').fill('too short');
  await page.getByRole('button', { name: 'Create office' }).click();
  await expect(page.getByText('The passphrase must be at least 10 characters long.')).toBeVisible();
  await page.screenshot({ path: screenPath('first-run-invalid'), fullPage: true });

  await page.getByLabel(/^Passphrase\W*$/).fill('correct horse battery staple');
  await page.getByLabel('Passphrase again').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create office' }).click();

  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const key = (await page.getByTestId('recovery-key').innerText()).trim();
  expect(key.split(/\s+/).length).toBeGreaterThan(3);
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await expect(continueButton).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.screenshot({ path: screenPath('recovery-key'), fullPage: true });

  // On paper: the key, the office and the computer, without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  await page.screenshot({ path: screenPath('recovery-key-print'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.getByLabel('I have printed it or written it down').check();
  await continueButton.click();

  await expect(page.getByTestId('office-name')).toHaveText('Dhanbad District Control Room');
  await expect(page.getByTestId('operator')).toHaveText('Sub-Inspector Ravi Mahato');
  await expect(page.getByText('No cases on the board yet')).toBeVisible();
  await page.screenshot({ path: screenPath('board-empty') });

  // The key is not shown again: after a reload the app opens on the board.
  await page.reload();
  await expect(page.getByTestId('office-name')).toHaveText('Dhanbad District Control Room');
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
});

test('the navbar leads to every screen, the bulletin and settings', async ({ page }) => {
  await page.goto(harness().url);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [label, heading] of [
    ['Suspect gallery', /gallery|suspect/i],
    ['Daily log', /log/i],
    ['Sync', 'Sync with other control rooms'],
    ['Bulletin', 'Daily crime bulletin'],
    ['Meeting', 'Joint meeting'],
  ] as const) {
    await navigation.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    await expect(page.getByText('Comes in a later version')).toHaveCount(0);
    if (label === 'Bulletin') await page.screenshot({ path: screenPath('bulletin') });
  }

  await navigation.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByLabel('Your name').fill('Anita Kumari');
  await page.getByRole('combobox', { name: 'Rank' }).fill('Inspector');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('operator')).toHaveText('Inspector Anita Kumari');
  await page.screenshot({ path: screenPath('settings') });
});

test('works from the keyboard: skip link, navbar links, lock', async ({ page }) => {
  await page.goto(harness().url);
  await expect(page.getByTestId('office-name')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.getByRole('link', { name: 'Daily log' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Daily coordination log' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await page.keyboard.type('correct horse battery staple');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Daily coordination log' })).toBeVisible();
});
