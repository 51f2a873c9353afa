import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  commonFlags,
  dbPathOf,
  parseFlags,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';
import { withCliCore } from '../cliCore';
import { printPdf } from '../printPdf';
import { chromiumOf, printFlags, printLanguageOf } from '../printFlags';

/**
 * `samanvay bulletin --db FILE --date YYYY-MM-DD [--to YYYY-MM-DD] --out FILE.pdf [--lang hi|bn]
 * [--offices a,b] [--chromium PATH]`: the daily crime bulletin of a day or a range of days, as
 * the app builds it (`bulletin.html`),
 * printed to A4 PDF by the system's Chromium.
 */
export async function bulletinCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    'recovery-key-file': { type: 'string' },
    date: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    offices: { type: 'string' },
    ...printFlags,
  });
  const date = requireString(flags, 'date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date must be YYYY-MM-DD');
  const to = typeof flags.to === 'string' ? flags.to : undefined;
  if (to !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(to) || to < date))
    throw new UsageError('--to must be YYYY-MM-DD, not before --date');
  const language = printLanguageOf(flags);
  const out = resolve(requireString(flags, 'out'));
  // A missing folder is said here ("file not found: …"), before the database is unlocked; it
  // is never created.
  if (!statSync(dirname(out)).isDirectory()) throw new UsageError('--out must be in a folder');
  const offices = typeof flags.offices === 'string' ? flags.offices.split(',') : undefined;
  const chromium = chromiumOf(flags, io);
  const source = await withCliCore(dbPathOf(flags), { unlock: unlockOf(flags, io) }, (client) =>
    client.call('bulletin.html', {
      date,
      ...(to ? { to } : {}),
      language,
      ...(offices ? { offices } : {}),
    }),
  );
  await printPdf(source, out, chromium);
  io.out(
    flags.json === true ? JSON.stringify({ out, date, language }) : `Bulletin written to ${out}.`,
  );
  return 0;
}
