import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SamanvayError } from '../../shared/errors';
import { withCliCore } from '../cliCore';
import {
  commonFlags,
  dbPathOf,
  parseFlags,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';

const maxImportBytes = 512 * 1024 * 1024;

/** `samanvay import`. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, { ...commonFlags, json: { type: 'string' } });
  const path = requireString(flags, 'json');
  if (statSync(path).size > maxImportBytes) {
    throw new SamanvayError(
      'INVALID_INPUT',
      `the records file is larger than ${maxImportBytes / 1024 / 1024} MB`,
    );
  }
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new SamanvayError('INVALID_INPUT', `${path} is not valid JSON`);
  }
  const summary = await withCliCore(dbPathOf(flags), { unlock: unlockOf(flags, io) }, (client) =>
    client.call('admin.import', { records }),
  );
  io.out(JSON.stringify(summary));
  return 0;
}

/** `samanvay export`. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, { ...commonFlags, out: { type: 'string' } });
  if (flags.json !== true) throw new UsageError('export writes JSON: give --json');
  const out = typeof flags.out === 'string' ? resolve(flags.out) : undefined;
  const records = await withCliCore(dbPathOf(flags), { unlock: unlockOf(flags, io) }, (client) =>
    client.call('admin.export', out === undefined ? {} : { out }),
  );
  if (out === undefined) io.out(JSON.stringify(records));
  return 0;
}
