import { expect, test, type Page } from '@playwright/test';
import { screenPath, useHarness } from './harnessProcess';
import { initialise } from './seed';

const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeAll(async () => {
  await initialise(harness());
});

/** True when the bundled face is loaded and covers the text (no network fonts exist here). */
async function fontCovers(page: Page, family: string, text: string) {
  return page.evaluate(
    `document.fonts.load('16px "${family}"', ${JSON.stringify(text)}).then((faces) => faces.length > 0)`,
  );
}

test('Hindi and Bengali replace every label, and the choice is remembered', async ({ page }) => {
  await page.goto(harness().url);
  const navigation = page.getByRole('navigation');
  await expect(navigation.getByRole('link', { name: 'Case board' })).toBeVisible();

  await page.getByText('हिन्दी').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByTestId('office-name')).toHaveText('धनबाद ज़िला नियंत्रण कक्ष');
  for (const label of [
    'मामलों का पटल',
    'संदिग्धों की गैलरी',
    'समन्वय पंजी',
    'दैनिक अपराध बुलेटिन',
    'सिंक',
    'सेटिंग्स',
  ]) {
    await expect(navigation.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'ताला लगाएँ' })).toBeVisible();
  await expect(page.getByText('पटल पर अभी कोई मामला नहीं है')).toBeVisible();
  expect(await fontCovers(page, 'Noto Sans Devanagari', 'समन्वय')).toBe(true);
  await page.screenshot({ path: screenPath('board-hi') });

  await page.getByText('বাংলা').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(page.getByTestId('office-name')).toHaveText('ধানবাদ জেলা নিয়ন্ত্রণ কক্ষ');
  for (const label of [
    'মামলার ছক',
    'সন্দেহভাজনদের গ্যালারি',
    'সমন্বয় খাতা',
    'দৈনিক অপরাধ বুলেটিন',
    'সিঙ্ক',
    'সেটিংস',
  ]) {
    await expect(navigation.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'তালা দিন' })).toBeVisible();
  expect(await fontCovers(page, 'Noto Sans Bengali', 'সমন্বয়')).toBe(true);
  await page.screenshot({ path: screenPath('board-bn') });

  await navigation.getByRole('link', { name: 'সেটিংস' }).click();
  await expect(page.getByRole('heading', { name: 'সেটিংস' })).toBeVisible();
  await page.screenshot({ path: screenPath('settings-bn') });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(navigation.getByRole('link', { name: 'মামলার ছক' })).toBeVisible();
  expect(await page.evaluate('localStorage.getItem("samanvay.language")')).toBe('bn');
});
