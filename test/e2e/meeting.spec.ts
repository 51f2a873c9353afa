import { readdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { freePort } from '../freePort';
import { launchHarness, screenPath, type HarnessProcess } from './harnessProcess';
import { initialise, passphrase } from './seed';

let dhanbad: HarnessProcess;
let asansol: HarnessProcess;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 900 } });

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
  const [one, two] = [
    await dhanbad.call('session.status', {}),
    await asansol.call('session.status', {}),
  ];
  await asansol.call('sync.pair', {
    nodeId: one.nodeId ?? '',
    officeId: one.office?.id ?? '',
    address: `127.0.0.1:${dhanbadPort}`,
  });
  await dhanbad.call('sync.pair', {
    nodeId: two.nodeId ?? '',
    officeId: 'wb-adpc',
    address: `127.0.0.1:${asansolPort}`,
  });
  // The two know each other's office (and bundle key) once they have synced.
  await expect
    .poll(async () => (await dhanbad.call('offices.list', {})).map((office) => office.id), {
      timeout: 60_000,
    })
    .toContain('wb-adpc');
});

test.afterAll(async () => {
  await Promise.all([dhanbad?.stop(), asansol?.stop()]);
});

test('a joint meeting: agenda, minutes, a decision as a task on the owner’s board, export', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto(dhanbad.url);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Meeting' })
    .click();
  await expect(page.getByRole('heading', { name: 'Joint meeting' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Offices at the meeting' }).click();
  await page.getByRole('option', { name: 'Asansol-Durgapur Police Commissionerate' }).click();
  await expect(page.getByRole('heading', { name: 'Joint agenda' })).toBeVisible();
  await expect(page.getByTestId('agenda-unsolved')).toBeVisible();

  await page.getByLabel('Minute').fill('Lists of wanted persons exchanged at Kulti');
  await page.getByRole('button', { name: 'Record in the log' }).click();
  await page.getByLabel('Decision').fill('Verify the address of Ramesh Mahato in Kulti');
  await page.getByLabel('Due by').fill('2030-01-15');
  await page.getByRole('button', { name: 'Record as a task' }).click();
  await expect(
    page.getByTestId('meeting-tasks').getByText('Verify the address of Ramesh Mahato in Kulti'),
  ).toBeVisible();

  // The page names no folder: the bundles go into the node's bundle folder.
  await page.getByRole('button', { name: 'Export bundles and minutes' }).click();
  await expect(page.getByTestId('meeting-bundles')).toContainText('wb-adpc');
  const { folder, files } = await dhanbad.call('bundle.files', {});
  expect(files.filter((file) => file.name.startsWith('wb-adpc-'))).toHaveLength(1);
  expect((await readdir(folder)).some((name) => name.startsWith('wb-adpc-'))).toBe(true);
  await expect(page.getByTitle('Minutes and exchanged lists')).toBeVisible();
  await page.screenshot({ path: screenPath('meeting') });

  // The task reaches the owner office and stands on its board header until done.
  await expect
    .poll(async () => (await asansol.call('tasks.open', {})).map((task) => task.entry.text), {
      timeout: 60_000,
    })
    .toEqual(['Verify the address of Ramesh Mahato in Kulti']);
  await page.goto(asansol.url);
  await expect(page.getByTestId('open-tasks')).toContainText('1');

  await page.getByText('हिन्दी').click();
  await page.getByRole('link', { name: 'संयुक्त बैठक' }).click();
  await expect(page.getByRole('heading', { name: 'संयुक्त बैठक' }).first()).toBeVisible();
  await page.getByText('বাংলা').click();
  await expect(page.getByRole('heading', { name: 'যৌথ বৈঠক' }).first()).toBeVisible();
});
