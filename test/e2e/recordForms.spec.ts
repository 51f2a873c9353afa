import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { screenPath, useHarness } from './harnessProcess';
import { initialise } from './seed';

/**
 * The record forms of issue 10 in a real browser against a real core: a case with the FIR's
 * people, IO, stolen and recovered property and sections as written, and a suspect with the
 * history-sheet fields, both still there after a reload; then the new forms photographed and
 * measured by axe-core in English, Hindi and Bengali.
 */
const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

const firNumber = '4321';
const year = new Date().getFullYear();
const title = `Nirsa PS Case No. ${firNumber}/${year}`;

test.beforeAll(async () => {
  await initialise(harness());
});

async function open(page: Page, hash: string) {
  await page.goto(harness().url);
  await page.goto(`${harness().origin}/${hash}`);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Picks an option of a Mantine select inside a scope. */
async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByLabel(label).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types chips into a Mantine tags input. */
async function chips(scope: Locator, label: string, values: string[]) {
  const input = scope.getByLabel(label, { exact: true }).filter({ visible: true });
  for (const value of values) {
    await input.fill(value);
    await input.press('Enter');
  }
}

test('a case with complainant, IO, stolen and recovered property and sections as written survives a reload', async ({
  page,
}) => {
  await open(page, '#/board');
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New case' });
  await form.getByLabel('FIR number').fill(firNumber);
  await choose(page, form, 'Crime head', 'Robbery');
  await form.getByLabel('Sections as in the FIR').fill('u/s 303(2)/317(2)/3(5) BNS');
  await form.getByLabel('GD entry no.').fill('GD 412/25');

  const complainant = form.getByRole('group', { name: 'Complainant', exact: true });
  await complainant.getByLabel('Name', { exact: true }).fill('Sujit Mondal');
  await complainant.getByLabel('Father’s or husband’s name').fill('Haripada Mondal');
  await complainant.getByLabel('Address').fill('Kaliasole, Nirsa');
  await complainant.getByLabel('State').fill('Jharkhand');
  await complainant.getByLabel('Phone').fill('+91 9431012345');

  await form.getByLabel('IO name').fill('Birendra Kumar Singh');
  await form.getByLabel('IO rank').fill('SI');
  await form.getByLabel('IO mobile').fill('9470998877');

  const stolen = form.getByRole('group', { name: 'Stolen property', exact: true });
  await stolen.getByRole('button', { name: 'Add item' }).click();
  const phone = form.getByRole('group', { name: 'Stolen property 1' });
  await choose(page, phone, 'Kind', 'Mobile phone');
  await phone.getByLabel('Description').fill('Redmi Note 12, black');
  await phone.getByLabel('Value (₹)').fill('14,000');
  await phone.getByLabel('IMEI').fill('353911051234567');
  await stolen.getByRole('button', { name: 'Add item' }).click();
  const bike = form.getByRole('group', { name: 'Stolen property 2' });
  await choose(page, bike, 'Kind', 'Vehicle');
  await bike.getByLabel('Description').fill('Hero Splendor motorcycle');
  await bike.getByLabel('Value (₹)').fill('55,000');
  await bike.getByLabel('Registration no.').fill('JH10AB1234');

  const recovered = form.getByRole('group', { name: 'Recovered property', exact: true });
  await recovered.getByRole('button', { name: 'Add item' }).click();
  const found = form.getByRole('group', { name: 'Recovered property 1' });
  await choose(page, found, 'Kind', 'Vehicle');
  await found.getByLabel('Description').fill('Hero Splendor motorcycle');
  await found.getByLabel('Registration no.').fill('JH10AB1234');
  await page.screenshot({ path: screenPath('case-form-records-en'), fullPage: true });

  await form.getByRole('button', { name: 'Create case' }).click();
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  const caseId = new URL(page.url().replace('#/', '')).searchParams.get('case') ?? '';
  expect(caseId).not.toBe('');

  await page.reload();
  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  for (const text of [
    'u/s 303(2)/317(2)/3(5) BNS',
    'GD 412/25',
    'Sujit Mondal',
    'Birendra Kumar Singh',
    '353911051234567',
    'Redmi Note 12, black',
  ]) {
    await expect(detail.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expect(detail.getByText(/JH-?10-?AB-?1234/).first()).toBeVisible();

  const stored = await harness().call('cases.detail', { id: caseId });
  expect(stored).toMatchObject({
    sectionsWritten: 'u/s 303(2)/317(2)/3(5) BNS',
    gdNumber: 'GD 412/25',
    complainant: { name: 'Sujit Mondal', relativeName: 'Haripada Mondal', state: 'Jharkhand' },
    ioName: 'Birendra Kumar Singh',
    ioRank: 'SI',
    ioMobile: '9470998877',
    stolenItems: [
      { kind: 'mobile_phone', imei: '353911051234567', value: 14_000 },
      { kind: 'vehicle', value: 55_000 },
    ],
    recoveredItems: [{ kind: 'vehicle' }],
  });
  expect(stored.stolenItems[1]?.registration.replace(/\W/g, '')).toBe('JH10AB1234');
  expect(stored.sections.length).toBeGreaterThanOrEqual(3);
});

test('a new suspect with history-sheet fields shows them in the dossier after a reload', async ({
  page,
}) => {
  await open(page, '#/gallery');
  await page.getByRole('button', { name: 'New suspect' }).click();
  const form = page.getByRole('dialog', { name: 'New suspect' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('বাপি মণ্ডল');
  await form.getByRole('textbox', { name: 'Father’s name' }).fill('হরিপদ মণ্ডল');
  await form.getByRole('textbox', { name: 'Age' }).fill('31');
  await chips(form, 'Aliases', ['Bapi']);

  await form.getByRole('button', { name: 'Particulars and addresses' }).click();
  await form.getByRole('textbox', { name: 'Complexion' }).fill('wheatish');
  await form.getByRole('textbox', { name: 'Occupation' }).fill('mobile repair');
  await chips(form, 'Hideouts', ['Brick kiln near Mugma']);
  await form.getByRole('button', { name: /Identifiers: history sheet/ }).click();
  await form.getByRole('textbox', { name: 'History-sheet no.' }).fill('HS 12/2019');
  await form.getByRole('textbox', { name: 'History-sheet PS' }).fill('Nirsa');
  await chips(form, 'IMEIs', ['353911051234567']);
  await chips(form, 'UPI ids', ['bapi.m@ybl']);
  await page.screenshot({ path: screenPath('suspect-form-records-en'), fullPage: true });
  await form.getByRole('button', { name: 'Save suspect' }).click();
  await expect(form).toBeHidden();

  await page.reload();
  const facts = page.getByRole('region', { name: 'Identifiers' });
  await expect(facts).toBeVisible();
  for (const text of ['HS 12/2019', 'Nirsa', 'wheatish', 'mobile repair']) {
    await expect(facts.getByText(text, { exact: false }).first()).toBeVisible();
  }
  for (const text of ['353911051234567', 'bapi.m@ybl', 'Brick kiln near Mugma']) {
    await expect(page.getByText(text).first()).toBeVisible();
  }
  await expect(facts.getByText('S/o হরিপদ মণ্ডল')).toBeVisible();
});

const languages = ['en', 'hi', 'bn'] as const;

/** Critical and serious violations on the page as it is, one line each. */
async function blocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
}

for (const language of languages) {
  test(`the new forms read in ${language}, photographed, with no serious accessibility fault`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.addInitScript({
      content: `localStorage.setItem('samanvay.language', ${JSON.stringify(language)});`,
    });
    await open(page, '#/gallery');
    await page
      .locator('main button')
      .filter({ hasText: /New suspect|नया संदिग्ध|নতুন/ })
      .first()
      .click();
    const suspectForm = page.getByRole('dialog');
    await expect(suspectForm).toBeVisible();
    for (const control of await suspectForm.locator('button[data-accordion-control]').all())
      await control.click();
    await suspectForm.locator('input').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenPath(`suspect-form-${language}`) });
    await suspectForm.locator('button[data-accordion-control]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenPath(`suspect-form-more-${language}`) });
    expect.soft(await blocking(page), `suspect form in ${language}`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(suspectForm).toBeHidden();

    await open(page, '#/board');
    await page.keyboard.press('n');
    const caseForm = page.getByRole('dialog');
    await expect(caseForm).toBeVisible();
    await page.screenshot({ path: screenPath(`case-form-${language}`), fullPage: true });
    expect.soft(await blocking(page), `case form in ${language}`).toEqual([]);
    await page.keyboard.press('Escape');

    await open(page, '#/log');
    await page.locator('[data-category="request"]').click();
    await expect(page.locator('input[maxlength="200"]').first()).toBeVisible();
    await page.screenshot({ path: screenPath(`log-request-${language}`) });
    expect.soft(await blocking(page), `log compose box in ${language}`).toEqual([]);
  });
}
