import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BundleImportView } from '../../shared/api/bundleContract';
import { oneLine } from '../oneLine';
import {
  commonFlags,
  dbPathOf,
  parseFlags,
  parseFlagsAndPositionals,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';
import { withCliCore } from '../cliCore';
import { nodeIdOf } from '../nodeIdOf';

const flags = { ...commonFlags, 'recovery-key-file': { type: 'string' } } as const;

/**
 * `samanvay bundle export|import|ack`: sync by file. Export writes what a peer lacks (from
 * what it last acknowledged), import verifies, previews and applies (or, with --dry-run, only
 * previews), ack writes the acknowledgement to carry back. Each is an admin contract call on
 * the app's core, with the path the operator gave.
 */
export async function bundleCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'export':
      return exportAction(rest, io);
    case 'import':
      return importAction(rest, io);
    case 'ack':
      return ackAction(rest, io);
    default:
      throw new UsageError('bundle needs export, import or ack');
  }
}

async function exportAction(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFlags(args, {
    ...flags,
    for: { type: 'string' },
    out: { type: 'string' },
    full: { type: 'boolean' },
  });
  const peer = nodeIdOf(requireString(parsed, 'for'));
  const path = resolve(requireString(parsed, 'out'));
  await withCliCore(dbPathOf(parsed), { unlock: unlockOf(parsed, io) }, async (client) => {
    const result = await client.call('admin.bundleExport', {
      peer,
      path,
      full: parsed.full === true,
    });
    io.out(
      parsed.json === true
        ? JSON.stringify(result)
        : `Bundle for ${peer} written to ${path}: ${result.commits} commits, ${result.changes} changes, ${result.photos} photos, ${result.bytes} bytes (${result.full ? 'full' : 'since the last acknowledgement'}).`,
    );
  });
  return 0;
}

async function importAction(args: string[], io: CliIo): Promise<number> {
  const { flags: values, positionals } = parseFlagsAndPositionals(args, {
    ...flags,
    'dry-run': { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('bundle import takes one IN_FILE');
  const path = resolve(positionals[0] ?? '');
  // A missing file is named here ("file not found: …"), before the database is unlocked.
  statSync(path);
  await withCliCore(dbPathOf(values), { unlock: unlockOf(values, io) }, async (client) => {
    const summary = await client.call('admin.bundleImport', {
      path,
      dryRun: values['dry-run'] === true,
    });
    if (values.json === true) io.out(JSON.stringify(summary));
    else for (const line of describeImport(summary)) io.out(line);
  });
  return 0;
}

async function ackAction(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFlags(args, { ...flags, out: { type: 'string' }, for: { type: 'string' } });
  const path = resolve(requireString(parsed, 'out'));
  const peer = typeof parsed.for === 'string' ? nodeIdOf(parsed.for) : undefined;
  await withCliCore(dbPathOf(parsed), { unlock: unlockOf(parsed, io) }, async (client) => {
    const result = await client.call('admin.bundleAck', { path, ...(peer ? { peer } : {}) });
    io.out(
      parsed.json === true
        ? JSON.stringify(result)
        : `Acknowledgement for ${result.peer} written to ${path} (${result.bytes} bytes).`,
    );
  });
  return 0;
}

const istDate = (ms: number) =>
  new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(ms);

/** The preview (and, after an import, what was applied) as lines of text. */
export function describeImport(summary: BundleImportView): string[] {
  const { preview } = summary;
  const lines = [
    `${preview.kind === 'ack' ? 'Acknowledgement' : 'Bundle'} from ${preview.from} (${oneLine(preview.fromOffice)}, ${oneLine(preview.operator)}), made ${istDate(preview.createdAt)} IST${preview.full ? ', full' : ''}.`,
  ];
  if (preview.kind === 'changes') {
    lines.push(
      `${preview.commits} commits, ${preview.changes} changes, of which new here: ${preview.newChanges}; photos new: ${preview.newPhotos}.`,
    );
    if (preview.range)
      lines.push(`Dated ${istDate(preview.range.from)} to ${istDate(preview.range.to)} IST.`);
    for (const office of preview.offices) {
      lines.push(
        `  ${oneLine(office.office)}: cases ${office.newCases} new, ${office.changedCases} changed; suspects ${office.newSuspects} new, ${office.changedSuspects} changed; log entries ${office.logEntries}; other ${office.otherChanges}.`,
      );
    }
  }
  if (summary.dryRun) lines.push('Dry run: nothing was changed.');
  else if (preview.kind === 'changes')
    lines.push(
      `Applied ${summary.applied} commits (${summary.held} already held), ${summary.photosStored} photos; refused ${summary.rejected.length} commits, ${summary.refusedChanges} changes, ${summary.photosRefused} photos.`,
    );
  else lines.push('Recorded: the next bundle for this computer will hold only what is new.');
  return lines;
}
