import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulletinApi } from '../../src/core/bulletin/bulletinApi';
import {
  asansolOffice,
  bundleNode,
  introduce,
  suspect,
  type TestNode,
} from '../../src/core/bundles/bundleTestKit';
import { importBundle } from '../../src/core/bundles/bundleService';

let dhanbad: TestNode;
let asansol: TestNode;

describe('meeting export in one step', () => {
  beforeAll(async () => {
    dhanbad = await bundleNode();
    asansol = await bundleNode(asansolOffice, 'Arup Ghosh');
    introduce(dhanbad, asansol);
    introduce(asansol, dhanbad);
    await dhanbad.api['suspects.create']({
      ...suspect,
      historySheetNumber: 'HS 41/2019',
      historySheetPs: 'Nirsa',
    });
    await dhanbad.api['meeting.minute']({
      offices: ['wb-asansol'],
      text: 'Joint meeting at Kulti: lists exchanged',
    });
    await dhanbad.api['meeting.decide']({
      offices: ['wb-asansol'],
      text: 'Verify the address of Ramesh Mahato in Kulti',
      owner: 'wb-asansol',
      dueAt: Date.now() + 86_400_000,
    });
  });
  afterAll(() => {
    dhanbad.cleanup();
    asansol.cleanup();
  });

  it('prints the minutes and lists, and writes a bundle the other office imports', async () => {
    const result = await createBulletinApi(dhanbad.context)['meeting.export']({
      offices: ['wb-asansol'],
      language: 'bn',
      folder: dhanbad.dir,
    });
    expect(result.bundles).toMatchObject([{ office: 'wb-asansol', peer: asansol.nodeId }]);

    const imported = await importBundle(asansol.context, {
      path: join(dhanbad.dir, result.bundles[0]?.file ?? ''),
    });
    expect(imported.rejected).toEqual([]);
    const tasks = await asansol.api['tasks.open']({});
    expect(tasks.map((task) => task.entry.text)).toEqual([
      'Verify the address of Ramesh Mahato in Kulti',
    ]);

    const browser = await chromium.launch({
      executablePath: process.env.SAMANVAY_CHROMIUM ?? '/usr/bin/chromium',
    });
    const out = join(dhanbad.dir, 'meeting.pdf');
    try {
      const page = await browser.newPage();
      await page.setContent(result.html, { waitUntil: 'load' });
      await page.pdf({
        path: out,
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: result.footer,
        margin: { top: '14mm', bottom: '20mm', left: '14mm', right: '14mm' },
      });
    } finally {
      await browser.close();
    }
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).normalize(
      'NFC',
    );
    expect(text).toContain('Joint meeting at Kulti: lists exchanged');
    expect(text).toContain('Verify the address of Ramesh Mahato in Kulti');
    expect(text).toContain('रमेश महतो');
    expect(text).toContain('HS 41/2019');
    expect(text).toContain('হিস্ট্রিশিটার');
    expect(text).toContain('RESTRICTED');
  });
});
