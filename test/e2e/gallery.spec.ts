import {
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../src/shared/domain/recordExtras';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { screenPath, useHarness } from './harnessProcess';
import { caseInput, initialise } from './seed';

const harness = useHarness();
test.use({ viewport: { width: 1366, height: 768 } });

/** A suspect as the API takes it, with the fields a test does not care about filled in. */
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
    ...suspectExtraDefaults,
    ...suspectExtraSetDefaults,
    aliases: [],
    otherNames: [],
    phones: [],
    vehicles: [],
    photos: [],
    ...fields,
  };
}

/** A real JPEG, made now: a 240×320 block of one colour (another shade, another photo). */
function portrait(red = 190): Promise<Buffer> {
  return sharp({
    create: { width: 240, height: 320, channels: 3, background: { r: red, g: 140, b: 110 } },
  })
    .jpeg()
    .toBuffer();
}

async function openGallery(page: Page) {
  await page.goto(harness().url);
  await page.getByRole('navigation').getByRole('link', { name: 'Suspect gallery' }).click();
}

test.beforeAll(async () => {
  const running = harness();
  await initialise(running);
  await running.call(
    'cases.create',
    caseInput({ firNumber: '101', crimeHead: 'cattle_smuggling' }),
  );
});

test('an empty gallery says how to start, and a new suspect with a photo opens as a dossier', async ({
  page,
}) => {
  await openGallery(page);
  await expect(page.getByText('No suspects yet')).toBeVisible();

  await page.getByRole('button', { name: 'New suspect' }).click();
  const form = page.getByRole('dialog', { name: 'New suspect' });
  await form.getByRole('button', { name: 'Save suspect' }).click();
  await expect(form.getByText('This field must be filled in.')).toBeVisible();

  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('रमेश महतो');
  const otherNames = form.getByLabel('Name in other scripts').filter({ visible: true });
  await otherNames.fill('Ramesh Mahato');
  await otherNames.press('Enter');
  await otherNames.fill('রমেশ মাহাতো');
  await otherNames.press('Enter');
  await form.getByRole('textbox', { name: 'Father’s name' }).fill('Suresh Mahato');
  await form.getByRole('textbox', { name: 'Age' }).fill('34');
  await form.getByRole('textbox', { name: 'Address' }).fill('Kaliasole, Nirsa PS, Dhanbad');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'ramesh.jpg',
    mimeType: 'image/jpeg',
    buffer: await portrait(),
  });
  await expect(form.getByTestId('chosen-photo')).toHaveText('ramesh.jpg');
  await form.getByRole('button', { name: 'Save suspect' }).click();

  const dossier = page.getByTestId('dossier');
  await expect(dossier.getByRole('heading', { level: 1 })).toHaveText('Ramesh Mahato');
  await expect(dossier.getByText('रमेश महतो').first()).toBeVisible();
  await expect(dossier.getByTestId('photo-stage').locator('img')).toBeVisible();
  await expect(dossier.getByText('Main photo', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenPath('dossier') });

  await page.getByText('← Back to the gallery').click();
  const card = page.locator('[data-suspect]').first();
  await expect(card).toContainText('Ramesh Mahato');
  await expect(card).toContainText('Age 34');
  await expect(card).toContainText('Wanted');
  await expect(card.locator('img')).toBeVisible();
  await page.screenshot({ path: screenPath('gallery') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(card).toBeVisible();
  await page.screenshot({ path: screenPath('gallery-1920') });
});

test('the dossier links to a case with a role, and offers the possible same person', async ({
  page,
}) => {
  const running = harness();
  const { items } = await running.call('suspects.list', { text: 'Ramesh' });
  const ramesh = items[0];
  if (!ramesh) throw new Error('the first test made no suspect');
  await running.call(
    'suspects.create',
    suspectInput({
      name: 'Ramesh Mahto',
      fatherName: 'Suresh Mahato',
      age: 35,
      address: 'Kaliasole, Nirsa PS, Dhanbad',
      status: 'absconding',
    }),
  );
  await openGallery(page);
  await page.locator(`[data-suspect="${ramesh.id}"]`).click();
  const dossier = page.getByTestId('dossier');

  await dossier.getByLabel('Link to a case').filter({ visible: true }).click();
  await dossier.getByLabel('Link to a case').filter({ visible: true }).fill('101');
  await page.getByRole('option', { name: /Nirsa PS Case No\. 101\/2025/ }).click();
  await dossier
    .getByRole('region', { name: 'Linked cases' })
    .getByRole('button', { name: 'Link', exact: true })
    .click();
  const cases = dossier.getByTestId('linked-cases');
  await expect(cases).toContainText('PS Case No. 101/2025');
  await expect(cases).toContainText('Cattle smuggling');
  await expect(cases).toContainText('Accused');

  const similar = dossier.getByTestId('similar-list');
  const match = similar.locator('[data-similar]').filter({ hasText: 'Ramesh Mahto' });
  await expect(match).toContainText('Close on:');
  await expect(match).toContainText('father’s name');
  await match.getByRole('button', { name: 'Link as same person' }).click();
  await expect(match).toContainText('Linked: Same person');
  await expect(dossier.locator('[data-associate]')).toContainText('Ramesh Mahto');
  await expect(dossier.locator('[data-associate]')).toContainText('Same person');

  // Any dossier can be linked by search, here as an associate as well.
  const associates = dossier.getByRole('region', { name: 'Gang and associates' });
  await associates.getByLabel('Link another dossier').filter({ visible: true }).click();
  await associates.getByLabel('Link another dossier').filter({ visible: true }).fill('Mahto');
  await page.getByRole('option', { name: /Ramesh Mahto/ }).click();
  await associates.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(associates.locator('[data-associate]')).toHaveCount(2);
  await expect(
    associates.locator('[data-associate]').filter({ hasText: 'Associate' }),
  ).toContainText('Ramesh Mahto');
  await page.screenshot({ path: screenPath('dossier-linked'), fullPage: true });
});

test('a hostile file named .jpg is refused with the message, in the operator’s language', async ({
  page,
}) => {
  await openGallery(page);
  await page.locator('[data-suspect]').filter({ hasText: 'Ramesh Mahato' }).click();
  const dossier = page.getByTestId('dossier');
  await expect(dossier.getByRole('heading', { level: 1 })).toHaveText('Ramesh Mahato');
  const picker = dossier.locator('input[type="file"]');

  await picker.setInputFiles({
    name: 'face.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
  });
  await expect(dossier.getByRole('alert')).toContainText(
    'The picture was refused: only JPEG, PNG or WebP photos of a sensible size.',
  );
  await expect(dossier.getByText('Photo 1 of 1')).toBeVisible();

  // A good photo dropped on the dossier is added, and can be made the main one.
  const jpeg = (await portrait(120)).toString('base64');
  const dropped = await page.evaluateHandle(`(() => {
    const bytes = Uint8Array.from(atob('${jpeg}'), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped.jpg', { type: 'image/jpeg' }));
    return transfer;
  })()`);
  await dossier.dispatchEvent('dragover', { dataTransfer: dropped });
  await expect(page.getByText('Drop the photo to add it to the dossier')).toBeVisible();
  await dossier.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(dossier.getByText('Photo 1 of 2')).toBeVisible();
  await dossier.getByRole('button', { name: 'Next photo' }).click();
  await dossier.getByRole('button', { name: 'Make main photo' }).click();
  await expect(dossier.getByText('Main photo', { exact: true })).toBeVisible();
  await dossier.getByRole('button', { name: 'Undo' }).click();
  await expect(dossier.getByText('The last change was undone.')).toBeVisible();

  await page.getByText('বাংলা').click();
  await picker.setInputFiles({
    name: 'notes.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('just some text, not a picture'),
  });
  await expect(dossier.getByRole('alert')).toContainText('ছবি');
  await expect(dossier.getByRole('alert')).not.toContainText('refused');
  await page.getByText('English').click();
});

test('Hindi and Bengali relabel the gallery and dossier and show the name in their script', async ({
  page,
}) => {
  await openGallery(page);
  await page.getByText('हिन्दी').click();
  await expect(page.getByRole('heading', { name: 'संदिग्धों की गैलरी' })).toBeVisible();
  await expect(page.getByTestId('suspect-count')).toHaveText('संदिग्ध: 2');
  const card = page.locator('[data-suspect]').filter({ hasText: 'रमेश महतो' });
  await expect(card).toContainText('आयु 34');
  await expect(card).toContainText('वांछित');
  await page.screenshot({ path: screenPath('gallery-hi') });
  await card.click();
  const dossier = page.getByTestId('dossier');
  await expect(dossier.getByRole('heading', { level: 1 })).toHaveText('रमेश महतो');
  await expect(dossier.getByRole('heading', { name: 'संभवतः वही व्यक्ति' })).toBeVisible();
  await expect(dossier.getByText('अभियुक्त')).toBeVisible();
  await page.screenshot({ path: screenPath('dossier-hi') });

  await page.getByText('বাংলা').click();
  await expect(dossier.getByRole('heading', { level: 1 })).toHaveText('রমেশ মাহাতো');
  await expect(dossier.getByRole('heading', { name: 'সম্ভবত একই ব্যক্তি' })).toBeVisible();
  await expect(dossier.getByText('বয়স').first()).toBeVisible();
  await expect(dossier.getByText('৩৪ বছর')).toBeVisible();
  await page.screenshot({ path: screenPath('dossier-bn') });
  await page.getByText('← গ্যালারিতে ফিরুন').click();
  await expect(page.getByTestId('suspect-count')).toHaveText('সন্দেহভাজন: ২');
  await page.screenshot({ path: screenPath('gallery-bn') });
  await page.getByText('English').click();
});

test('filters live in the address and survive a reload; new dossiers appear live', async ({
  page,
}) => {
  await openGallery(page);
  await expect(page.getByTestId('suspect-count')).toHaveText('Suspects: 2');
  await page.getByLabel('Status').filter({ visible: true }).click();
  await page.getByRole('option', { name: 'Absconding' }).click();
  await expect(page).toHaveURL(/#\/gallery\?status=absconding/);
  await expect(page.getByTestId('suspect-count')).toHaveText('Suspects: 1');
  await expect(page.locator('[data-suspect]')).toContainText('Ramesh Mahto');

  await page.reload();
  await expect(page.getByTestId('suspect-count')).toHaveText('Suspects: 1');
  await expect(page.getByLabel('Status').filter({ visible: true })).toHaveValue('Absconding');

  await harness().call(
    'suspects.create',
    suspectInput({ name: 'Sheikh Alam', status: 'absconding', gang: 'Koyla gang' }),
  );
  await expect(page.getByTestId('suspect-count')).toHaveText('Suspects: 2');
  await expect(page.locator('[data-suspect]').first()).toContainText('Sheikh Alam');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('suspect-count')).toHaveText('Suspects: 3');

  // The keyboard moves between cards and opens one.
  await page.locator('[data-index="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-index="1"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('[data-index="2"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier')).toBeVisible();
});
