import { freePort } from '../freePort';
import { expect, test } from '@playwright/test';
import type { InputOf } from '../../src/shared/api/contract';
import { suspectExtraDefaults } from '../../src/shared/domain/recordExtras';
import { launchHarness, screenPath, type HarnessProcess } from './harnessProcess';
import { initialise, passphrase } from './seed';

let dhanbad: HarnessProcess;
let asansol: HarnessProcess;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

function suspect(name: string, fatherName: string): InputOf<'suspects.create'> {
  return {
    name,
    fatherName,
    age: 33,
    dateOfBirth: null,
    sex: 'male',
    address: '',
    marks: '',
    heightCm: null,
    build: '',
    mo: '',
    gang: '',
    status: 'wanted',
    reward: 0,
    primaryPhoto: null,
    sharing: 'network',
    ...suspectExtraDefaults,
  };
}

test.beforeAll(async () => {
  test.setTimeout(200_000);
  const [dhanbadPort, asansolPort] = [await freePort(), await freePort()];
  [dhanbad, asansol] = await Promise.all([
    launchHarness({ listen: `127.0.0.1:${dhanbadPort}` }),
    launchHarness({ listen: `127.0.0.1:${asansolPort}` }),
  ]);
  await initialise(dhanbad);
  await asansol.call('session.init', {
    office: {
      id: 'wb-adpc',
      nameEn: 'Asansol-Durgapur Police Commissionerate',
      nameHi: 'आसनसोल-दुर्गापुर पुलिस कमिश्नरेट',
      nameBn: 'আসানসোল-দুর্গাপুর পুলিশ কমিশনারেট',
      state: 'West Bengal',
      district: 'Paschim Bardhaman',
      policeStations: ['Kulti', 'Barakar'],
    },
    operator: { name: 'Arup Ghosh', rank: 'Sub-Inspector' },
    passphrase,
  });
  const [dhanbadStatus, asansolStatus] = await Promise.all([
    dhanbad.call('session.status', {}),
    asansol.call('session.status', {}),
  ]);
  await asansol.call('sync.pair', {
    nodeId: dhanbadStatus.nodeId ?? '',
    officeId: dhanbadStatus.office?.id ?? '',
    address: `127.0.0.1:${dhanbadPort}`,
  });
  await dhanbad.call('sync.pair', {
    nodeId: asansolStatus.nodeId ?? '',
    officeId: 'wb-adpc',
    address: `127.0.0.1:${asansolPort}`,
  });
});

test.afterAll(async () => {
  await Promise.all([dhanbad?.stop(), asansol?.stop()]);
});

test('raise a lookout on the Lookouts screen; a matching suspect raises the hit banner', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(dhanbad.url);
  await page.getByRole('link', { name: 'Lookout notices' }).click();
  await page.getByTestId('lookout-raise-open').click();
  const form = page.getByTestId('raise-lookout');
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Md. Rabiul Sheikh');
  await form.getByLabel("Father's name").fill('Abdul Sheikh');
  await form.getByLabel('Action requested').fill('Arrest and inform Dhanbad control room');
  await form.getByLabel('Reward (₹)').fill('200000');
  await form.getByRole('button', { name: 'Raise' }).click();
  const card = page.getByTestId('lookout-card');
  await expect(card.getByText('Md. Rabiul Sheikh')).toBeVisible();
  await expect(card.getByText(/₹2 lakh/)).toBeVisible();

  // The same man written in Devanagari, entered in this office's gallery.
  await dhanbad.call('suspects.create', suspect('मो. रबीउल शेख', 'अब्दुल शेख'));
  const banner = page.getByTestId('hit-banner');
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText('Lookout hit: Md. Rabiul Sheikh');
  await expect(banner).toContainText("same phonetic name, father's name matches");
  await page.screenshot({ path: screenPath('lookouts-hit-banner') });
});

test('a hit found at Asansol travels by sync to Dhanbad, which replies; the reply travels back', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await expect
    .poll(async () => (await asansol.call('lookouts.list', {})).length, { timeout: 60_000 })
    .toBe(1);
  await page.goto(dhanbad.url);
  await page.getByRole('link', { name: 'Lookout notices' }).click();
  await asansol.call('suspects.create', suspect('মোঃ রবিউল শেখ', 'আব্দুল শেখ'));
  // Dhanbad, the issuing office, is told: the banner, and the hit on the notice.
  const banner = page.getByTestId('hit-banner');
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toContainText('মোঃ রবিউল শেখ');
  const hit = page.getByTestId('hit').filter({ hasText: 'মোঃ রবিউল শেখ' });
  await expect(hit).toBeVisible({ timeout: 30_000 });
  await hit.getByRole('button', { name: 'Not the same person' }).click();
  await expect(hit.getByTestId('hit-reply')).toContainText('Not the same person');
  await page.screenshot({ path: screenPath('lookouts-reply') });

  // Asansol sees the reply on its side.
  await expect
    .poll(
      async () =>
        (await asansol.call('hits.list', {})).find((item) => item.matchTitle === 'মোঃ রবিউল শেখ')
          ?.reply?.verdict,
      { timeout: 60_000 },
    )
    .toBe('not_same_person');
});
