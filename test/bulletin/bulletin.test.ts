import { logExtraDefaults } from '../../src/shared/domain/recordExtras';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNode, kulti, suspect, type TestNode } from '../../src/core/bundles/bundleTestKit';
import { syntheticPortrait } from '../../src/core/photos/syntheticPhoto';
import { testPassphrase } from '../../src/core/testing/tempCore';
import { samanvay } from '../cli/cliRunner';
import { expectPdfReplacedLink, plantLink } from '../cli/plantedLink';
import { findChromium } from '../../src/cli/printPdf';

const env = { SAMANVAY_PASSPHRASE: testPassphrase };
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(Date.now());
let node: TestNode;
let db: string;

describe('samanvay bulletin', () => {
  beforeAll(async () => {
    node = await bundleNode();
    const { api } = node;
    const photo = await api['photos.add']({
      data: (await syntheticPortrait(5, { width: 300, height: 400 })).toString('base64'),
    });
    const { id: ramesh } = await api['suspects.create']({ ...suspect, photos: [photo.hash] });
    const { id: bengali } = await api['suspects.create']({ ...suspect, name: 'রমেশ মাহাতো' });
    const { id: caseId } = await api['cases.create']({
      ...kulti,
      occurredAt: Date.now() - 3_600_000,
    });
    for (const id of [ramesh, bengali])
      await api['links.add']({ kind: 'suspect_case', fromId: id, toId: caseId, role: 'accused' });
    await api['cases.create']({
      ...kulti,
      firNumber: '120',
      place: '',
      mo: '',
      occurredAt: Date.now(),
    });
    await api['log.post']({
      category: 'lookout',
      text: 'Lookout: Ramesh Mahato, wanted in Nirsa PS Case No. 112/2026',
      urgent: true,
      ...logExtraDefaults,
      replyTo: null,
      caseIds: [caseId],
      suspectIds: [ramesh],
      vehicles: [],
      photos: [photo.hash],
    });
    db = join(node.dir, 'node.db');
    node.context.store.close();
  });
  afterAll(() => node.cleanup());

  for (const lang of ['hi', 'bn'] as const) {
    it(`prints an A4 PDF in English and ${lang}, with the cases and names in both scripts`, () => {
      const out = join(node.dir, `bulletin-${lang}.pdf`);
      const result = samanvay(
        ['bulletin', '--db', db, '--date', today, '--out', out, '--lang', lang],
        env,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(existsSync(out)).toBe(true);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:.*\(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(2);
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).normalize(
        'NFC',
      );
      expect(text).toContain('Nirsa PS Case No. 112/2026');
      expect(text).toContain('Nirsa PS Case No. 120/2026');
      expect(text).toContain('रमेश महतो');
      expect(text).toContain('রমেশ মাহাতো');
      expect(text).toContain('Daily crime bulletin');
      expect(text).toContain(lang === 'hi' ? 'दैनिक अपराध बुलेटिन' : 'দৈনিক অপরাধ বুলেটিন');
      expect(text).toMatch(/PLACE.*\n?.*unknown/);
      expect(text).toContain('RESTRICTED');
      expect(text).toMatch(/Page 1 of 2/);
      // Page 1 as PNG, kept as an artifact of the run.
      const artifacts = join(process.cwd(), 'test-results', 'bulletin');
      mkdirSync(artifacts, { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        out,
        join(node.dir, `page-${lang}`),
      ]);
      const png = [
        join(node.dir, `page-${lang}-1.png`),
        join(node.dir, `page-${lang}-01.png`),
      ].find(existsSync);
      expect(png).toBeDefined();
      copyFileSync(png ?? '', join(artifacts, `bulletin-${lang}-page1.png`));
    });
  }

  it('without a Chromium to print with, says in one line what to install, exit 1, and writes nothing', () => {
    const out = join(node.dir, 'none.pdf');
    const missing = join(node.dir, 'no-such-chromium');
    const result = samanvay(
      ['bulletin', '--db', db, '--date', today, '--out', out, '--chromium', missing],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `samanvay bulletin: No Chromium at ${missing}: install chromium (Debian: apt install chromium) or give --chromium PATH. [CHROMIUM_MISSING]\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('finds a system Chromium in the usual places, and names what to install when there is none', () => {
    expect(findChromium(undefined, [join(node.dir, 'absent'), '/usr/bin/chromium'])).toBe(
      '/usr/bin/chromium',
    );
    expect(() => findChromium(undefined, [join(node.dir, 'absent')])).toThrow(
      expect.objectContaining({
        code: 'CHROMIUM_MISSING',
        message: expect.stringContaining('apt install chromium'),
      }),
    );
  });

  it('prints a range of days, and refuses a range that ends before it starts', () => {
    const weekAgo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(
      Date.now() - 7 * 86_400_000,
    );
    const out = join(node.dir, 'bulletin-week.pdf');
    const range = ['bulletin', '--db', db, '--date', weekAgo, '--to', today, '--out', out];
    expect(samanvay(range, env).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain(`${weekAgo} – ${today}`);
    expect(text).toContain('Nirsa PS Case No. 112/2026');
    const backwards = samanvay(
      ['bulletin', '--db', db, '--date', today, '--to', weekAgo, '--out', out],
      env,
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/--to/);
  });

  it('replaces a symbolic link planted at --out instead of writing through it, mode 0600', () => {
    const folder = join(node.dir, 'shared-out');
    mkdirSync(folder);
    const victim = join(node.dir, 'victim.txt');
    const out = join(folder, 'bulletin.pdf');
    plantLink(out, victim);
    const result = samanvay(['bulletin', '--db', db, '--date', today, '--out', out], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectPdfReplacedLink(out, victim);
    // No temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(['bulletin.pdf']);
  });

  it('refuses an --out in a missing folder in one line, exit 1, and creates no folder', () => {
    const absent = join(node.dir, 'absent-folder');
    const result = samanvay(
      ['bulletin', '--db', db, '--date', today, '--out', join(absent, 'deep', 'b.pdf')],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`samanvay bulletin: file not found: ${join(absent, 'deep')}\n`);
    expect(existsSync(absent)).toBe(false);
  });
});
