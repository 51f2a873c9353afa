import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulletinApi } from '../../src/core/bulletin/bulletinApi';
import { isAdminMethod } from '../../src/shared/api/adminContract';
import {
  asansolOffice,
  bundleNode,
  introduce,
  suspect,
  type TestNode,
} from '../../src/core/bundles/bundleTestKit';
import { importBundle } from '../../src/core/bundles/bundleService';
import { bundleFolderOf } from '../../src/core/bundles/bundleFolder';
import { contract } from '../../src/shared/api/contract';

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
    });
    expect(result.bundles).toMatchObject([{ office: 'wb-asansol', peer: asansol.nodeId }]);
    const folder = bundleFolderOf(dhanbad.context.store.dbPath);
    expect(result.bundles[0]?.file).toMatch(
      /^wb-asansol-[0-9A-Z]{4}-[0-9A-Z]{3}-\d{8}-\d{6}\.bundle$/,
    );

    const imported = await importBundle(asansol.context, {
      path: join(folder, result.bundles[0]?.file ?? ''),
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

  it('a page naming a folder is not obeyed: the bundles go only into the bundle folder', async () => {
    const outside = join(dhanbad.dir, 'usb-outside');
    // What a page sends is parsed by the contract, as dispatch does, before core sees it.
    const input = contract['meeting.export'].input.parse({
      offices: ['wb-asansol'],
      language: 'hi',
      folder: outside,
    });
    expect(input).not.toHaveProperty('folder');
    const page = await createBulletinApi(dhanbad.context)['meeting.export'](input);
    expect(page.bundles).toHaveLength(1);
    expect(existsSync(outside)).toBe(false);
    const files = readdirSync(bundleFolderOf(dhanbad.context.store.dbPath));
    expect(files.filter((name) => name.startsWith('wb-asansol-'))).toHaveLength(2);

    // The path-taking call is the command line's: refused from a page by main and the harness.
    expect(isAdminMethod('admin.meetingExport')).toBe(true);
    const admin = await createBulletinApi(dhanbad.context)['admin.meetingExport']({
      offices: ['wb-asansol'],
      language: 'hi',
      folder: dhanbad.dir,
    });
    expect(existsSync(join(dhanbad.dir, admin.bundles[0]?.file ?? 'missing'))).toBe(true);
  });

  it('an unknown office is refused before any bundle is written', async () => {
    const api = createBulletinApi(dhanbad.context);
    const folder = bundleFolderOf(dhanbad.context.store.dbPath);
    const before = readdirSync(folder).length;
    const input = { offices: ['wb-asansol', 'wb-nowhere'], language: 'hi' as const };
    const refusal = { code: 'NOT_FOUND', details: { entity: 'office', id: 'wb-nowhere' } };
    await expect(api['meeting.export'](input)).rejects.toMatchObject(refusal);
    await expect(api['meeting.record'](input)).rejects.toMatchObject(refusal);
    const usb = join(dhanbad.dir, 'usb-refused');
    mkdirSync(usb);
    await expect(api['admin.meetingExport']({ ...input, folder: usb })).rejects.toMatchObject(
      refusal,
    );
    expect(readdirSync(folder)).toHaveLength(before);
    expect(readdirSync(usb)).toEqual([]);
  });

  it('without main save dialog: the record alone writes no bundle, and there is no PDF to save', async () => {
    const api = createBulletinApi(dhanbad.context);
    const folder = bundleFolderOf(dhanbad.context.store.dbPath);
    const before = readdirSync(folder).length;
    const record = await api['meeting.record']({ offices: ['wb-asansol'], language: 'hi' });
    expect(record.html).toContain('Joint meeting at Kulti: lists exchanged');
    expect(readdirSync(folder)).toHaveLength(before);
    expect(await api['meeting.pdf']({ offices: ['wb-asansol'], language: 'hi' })).toEqual({
      dialog: false,
      file: null,
    });
    expect(await api['bulletin.pdf']({ date: '2026-12-01', language: 'hi' })).toEqual({
      dialog: false,
      file: null,
    });
  });
});
