import { expect, test, type Page } from '@playwright/test';
import { freePort } from '../freePort';
import { launchHarness, screenPath, type HarnessProcess } from './harnessProcess';
import { initialise, passphrase } from './seed';

/**
 * Following a dossier and the duplicates review list across two control rooms that sync
 * (issue 12): Dhanbad follows Asansol-Durgapur's dossier and is told when Asansol changes it;
 * Dhanbad links Asansol's dossier to its own as the same person, and Asansol sees the link.
 */
let dhanbad: HarnessProcess;
let asansol: HarnessProcess;
let asansolSuspect = '';

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

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
    aliases: [],
    otherNames: [],
    phones: [],
    vehicles: [],
    photos: [],
    ...fields,
  };
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Opens a harness's UI and goes to a screen by its address. */
async function open(page: Page, harness: HarnessProcess, hash: string): Promise<void> {
  await page.goto(harness.url);
  await expect(page.getByTestId('office-name')).toBeVisible();
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
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
  await dhanbad.call('sync.pair', {
    nodeId: asansolStatus.nodeId ?? '',
    officeId: 'wb-adpc',
    address: `127.0.0.1:${asansolPort}`,
  });
  await asansol.call('sync.pair', {
    nodeId: dhanbadStatus.nodeId ?? '',
    officeId: dhanbadStatus.office?.id ?? '',
    address: `127.0.0.1:${dhanbadPort}`,
  });
  await dhanbad.call(
    'suspects.create',
    suspectInput({ name: 'Md. Rabiul Sheikh', fatherName: 'Habibul Sheikh', age: 34 }),
  );
  asansolSuspect = (
    await asansol.call(
      'suspects.create',
      suspectInput({ name: 'মোঃ রবিউল শেখ', fatherName: 'হাবিবুল শেখ', age: 35 }),
    )
  ).id;
  await until('Asansol’s dossier on Dhanbad', async () => {
    await dhanbad.call('sync.now', {});
    return (await dhanbad.call('suspects.list', { limit: 10 })).items.some(
      (suspect) => suspect.id === asansolSuspect,
    );
  });
});

test.afterAll(async () => {
  await Promise.all([dhanbad?.stop(), asansol?.stop()]);
});

test('follow another office’s dossier and be told when it changes, in three languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, dhanbad, `#/gallery/${asansolSuspect}`);
  const follow = page.getByTestId('follow-button');
  await expect(follow).toHaveText('Follow');
  await follow.click();
  await expect(follow).toHaveText('Following');
  await expect(follow).toHaveAttribute('aria-pressed', 'true');

  // Asansol changes its dossier; the change reaches Dhanbad by sync.
  await asansol.call('suspects.update', { id: asansolSuspect, fields: { gang: 'Sheikh gang' } });
  const bell = page.getByTestId('follow-notices');
  await expect(bell).toHaveAccessibleName('Followed dossiers (1 new)', { timeout: 45_000 });
  await bell.click();
  const notice = page.getByTestId('follow-notice').first();
  await expect(notice).toContainText('মোঃ রবিউল শেখ');
  await expect(notice).toContainText('Asansol-Durgapur Police Commissionerate changed the dossier');
  await page.screenshot({ path: screenPath('follow-en') });
  await page.keyboard.press('Escape');

  await page.getByText('हिन्दी').click();
  await expect(page.getByTestId('follow-button')).toHaveText('फ़ॉलो कर रहे हैं');
  await page.getByTestId('follow-notices').click();
  await expect(page.getByText('आपके फ़ॉलो किए डोज़ियरों में बदलाव')).toBeVisible();
  await expect(page.getByTestId('follow-notice').first()).toContainText('ने डोज़ियर बदला');
  await page.keyboard.press('Escape');

  await page.getByText('বাংলা').click();
  await expect(page.getByTestId('follow-button')).toHaveText('অনুসরণ করছেন');
  await page.getByTestId('follow-notices').click();
  await expect(page.getByTestId('follow-notice').first()).toContainText('নথি বদলেছে');
  await page.getByRole('button', { name: 'সব পড়া হয়েছে' }).click();
  await expect(page.getByTestId('follow-notices')).toHaveAccessibleName('অনুসৃত নথি');
  await page.screenshot({ path: screenPath('follow-bn') });
});

test('link two offices’ dossiers as the same person from the duplicates list; the other office sees it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, dhanbad, '#/duplicates');
  await expect(
    page.getByRole('heading', { name: 'Possible duplicates across offices' }),
  ).toBeVisible();
  const pair = page.getByTestId('duplicate-pair');
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText('Md. Rabiul Sheikh');
  await expect(pair).toContainText('মোঃ রবিউল শেখ');
  await expect(pair).toContainText('same phonetic name, father’s name matches, age within 3 years');
  await page.screenshot({ path: screenPath('duplicates-en') });
  await pair.getByRole('button', { name: 'Same person' }).click();
  await expect(page.getByText('No possible duplicates here.')).toBeVisible();
  await page.getByText('Linked as same person').click();
  await expect(page.getByTestId('duplicate-pair')).toHaveCount(1);

  // Both records are kept, and Asansol sees the link (it came by sync).
  await until(
    'the link on Asansol',
    async () =>
      (await asansol.call('duplicates.list', { state: 'linked', limit: 10 })).length === 1,
  );
  await open(page, asansol, '#/duplicates');
  await page.getByText('हिन्दी').click();
  await expect(page.getByRole('heading', { name: 'कार्यालयों में संभावित दोहरे डोज़ियर' })).toBeVisible();
  await page.getByText('वही व्यक्ति के रूप में जुड़े').click();
  const linked = page.getByTestId('duplicate-pair');
  await expect(linked).toHaveCount(1);
  await expect(linked).toContainText('नाम का उच्चारण एक');

  await page.getByText('বাংলা').click();
  await expect(page.getByRole('heading', { name: 'দপ্তরগুলির মধ্যে সম্ভাব্য দ্বৈত নথি' })).toBeVisible();
  await expect(page.getByTestId('duplicate-pair')).toContainText('নামের উচ্চারণ এক');
  await expect(page.getByRole('button', { name: 'ফিরিয়ে নিন' })).toBeVisible();
  await page.screenshot({ path: screenPath('duplicates-bn') });
});
