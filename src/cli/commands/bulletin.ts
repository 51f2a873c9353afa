import { resolve } from 'node:path';
import { bulletinFooter, bulletinNumber } from '../../core/bulletin/bulletinFooter';
import { readBulletinData } from '../../core/bulletin/bulletinData';
import { bulletinHtml } from '../../core/bulletin/bulletinHtml';
import { openNode } from '../../core/node/openNode';
import { getOperator } from '../../core/repos/officeRepo';
import {
  commonFlags,
  dbPathOf,
  parseFlags,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';

/**
 * `samanvay bulletin --db FILE --date YYYY-MM-DD [--to YYYY-MM-DD] --out FILE.pdf [--lang hi|bn]
 * [--offices a,b]`:
 * the daily crime bulletin, printed to A4 PDF by Chromium (Playwright, Debian's chromium).
 */
export async function bulletinCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    'recovery-key-file': { type: 'string' },
    date: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    offices: { type: 'string' },
    chromium: { type: 'string' },
  });
  const date = requireString(flags, 'date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date must be YYYY-MM-DD');
  const to = typeof flags.to === 'string' ? flags.to : undefined;
  if (to !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(to) || to < date))
    throw new UsageError('--to must be YYYY-MM-DD, not before --date');
  const language = flags.lang ?? 'hi';
  if (language !== 'hi' && language !== 'bn') throw new UsageError('--lang must be hi or bn');
  const out = resolve(requireString(flags, 'out'));
  const offices = typeof flags.offices === 'string' ? flags.offices.split(',') : undefined;
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  let html: string;
  let footer: string;
  try {
    const data = readBulletinData(context.store.db, { from: date, to }, offices);
    html = bulletinHtml(data, language);
    const operator = getOperator(context.store.db, context.session.operatorId);
    footer = bulletinFooter({
      operator: operator ? `${operator.rank} ${operator.name}` : '',
      office: context.officeId,
      printedAt: Date.now(),
      number: bulletinNumber(context.officeId, to && to !== date ? `${date}..${to}` : date),
    });
  } finally {
    context.store.close();
  }
  const { chromium } = await import('@playwright/test');
  const executablePath =
    typeof flags.chromium === 'string'
      ? flags.chromium
      : (io.env.SAMANVAY_CHROMIUM ?? '/usr/bin/chromium');
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({
      path: out,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '14mm', bottom: '20mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
  io.out(
    flags.json === true ? JSON.stringify({ out, date, language }) : `Bulletin written to ${out}.`,
  );
  return 0;
}
