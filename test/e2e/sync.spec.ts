import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
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

test('sync by file in the harness: export to the bundle folder, carry it, preview and import; a page names no path', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dhanbadId = (await dhanbad.call('session.status', {})).nodeId ?? '';
  const asansolId = (await asansol.call('session.status', {})).nodeId ?? '';
  await page.goto(dhanbad.url);
  await page.getByRole('link', { name: 'Sync' }).click();
  await page.getByLabel('For computer (id)').fill(asansolId);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const written = page.getByRole('status').filter({ hasText: /^Written / });
  await expect(written).toBeVisible({ timeout: 30_000 });
  const name = /Written (\S+\.bundle):/.exec((await written.textContent()) ?? '')?.[1] ?? '';
  expect(name).toMatch(/\.bundle$/);
  // The operator carries it from one bundle folder to the other.
  const from = (await dhanbad.call('bundle.files', {})).folder;
  const to = (await asansol.call('bundle.files', {})).folder;
  expect(path.dirname(to)).toBe(asansol.dir);
  copyFileSync(path.join(from, name), path.join(to, 'from-dhanbad.bundle'));

  await page.goto(asansol.url);
  await page.getByRole('link', { name: 'Sync' }).click();
  await expect(page.getByText(/^Bundle folder: .*test\.db\.bundles/)).toBeVisible();
  await page.getByRole('combobox', { name: 'File' }).click();
  await page.getByRole('option', { name: 'from-dhanbad.bundle' }).click();
  await page.getByRole('button', { name: 'Check and preview' }).click();
  await expect(page.getByText(new RegExp(`^From ${dhanbadId}`))).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported / })).toBeVisible({
    timeout: 30_000,
  });

  // What a hostile page could send over the harness socket: a path, or the CLI's admin call.
  await expect(asansol.call('bundle.preview', { file: '/etc/passwd' })).rejects.toThrow(
    /^INVALID_INPUT:/,
  );
  await expect(asansol.call('bundle.import', { file: '../test.db' })).rejects.toThrow(
    /^INVALID_INPUT:/,
  );
  await expect(
    asansol.call('admin.bundleExport', { peer: dhanbadId, path: '/tmp/evil.bundle', full: true }),
  ).rejects.toThrow(/^FORBIDDEN:/);
  expect(existsSync('/tmp/evil.bundle')).toBe(false);
});
