import { freePort } from '../freePort';
import { expect, test } from '@playwright/test';
import { launchHarness, screenPath, type HarnessProcess } from './harnessProcess';
import { caseInput, initialise, passphrase } from './seed';

let dhanbad: HarnessProcess;
let asansol: HarnessProcess;
let asansolAddress = '';

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeAll(async () => {
  test.setTimeout(200_000);
  const [dhanbadPort, asansolPort] = [await freePort(), await freePort()];
  asansolAddress = `127.0.0.1:${asansolPort}`;
  [dhanbad, asansol] = await Promise.all([
    launchHarness({ listen: `127.0.0.1:${dhanbadPort}` }),
    launchHarness({ listen: asansolAddress }),
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
  const dhanbadId = (await dhanbad.call('session.status', {})).nodeId ?? '';
  const dhanbadOffice = (await dhanbad.call('session.status', {})).office?.id ?? '';
  await asansol.call('sync.pair', {
    nodeId: dhanbadId,
    officeId: dhanbadOffice,
    address: `127.0.0.1:${dhanbadPort}`,
  });
});

test.afterAll(async () => {
  await Promise.all([dhanbad?.stop(), asansol?.stop()]);
});

test('pair two control rooms on the Sync screen; a case of one appears on the other’s board', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const asansolId = (await asansol.call('session.status', {})).nodeId ?? '';
  await page.goto(dhanbad.url);
  await page.getByRole('link', { name: 'Sync' }).click();
  await expect(page.getByRole('heading', { name: 'Sync with other control rooms' })).toBeVisible();
  await page.getByLabel('Their computer id').fill(asansolId.toLowerCase());
  await page.getByLabel('Their office id (e.g. wb-adpc)').fill('wb-adpc');
  await page.getByLabel('Their address (host:port)').fill(asansolAddress);
  await page.getByRole('button', { name: 'Pair' }).click();
  const peers = page.getByRole('table', { name: 'Paired computers' });
  await expect(peers.getByText(asansolId)).toBeVisible();
  await expect(peers.getByText('Online')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: screenPath('sync') });

  await asansol.call(
    'cases.create',
    caseInput({ policeStation: 'Kulti', firNumber: '777', firYear: 2026 }),
  );
  await page.getByRole('link', { name: 'Board' }).click();
  await expect(page.getByText('777/2026').first()).toBeVisible({ timeout: 30_000 });

  await page.getByText('বাংলা').click();
  await page.getByRole('link', { name: 'সিঙ্ক' }).click();
  await expect(page.getByText('অনলাইন')).toBeVisible();
  await page.screenshot({ path: screenPath('sync-bn') });
});
