import { readFileSync, statSync } from 'node:fs';
import { writeFileDurable } from '../../core/db/atomicFile';
import { SamanvayError } from '../../shared/errors';
import { openNode } from '../../core/node/openNode';
import { exportRecords } from '../../core/records/exportRecords';
import { importRecords } from '../../core/records/importRecords';
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
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new SamanvayError('INVALID_INPUT', `${path} is not valid JSON`);
  }
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  try {
    io.out(JSON.stringify(importRecords(context, input)));
  } finally {
    context.store.close();
  }
  return 0;
}

/** `samanvay export`. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, { ...commonFlags, out: { type: 'string' } });
  if (flags.json !== true) throw new UsageError('export writes JSON: give --json');
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  try {
    const text = JSON.stringify(
      exportRecords(context.store.db, {
        nodeId: context.identity.nodeId,
        officeId: context.officeId,
      }),
    );
    // Plain text records: readable by this user only, written whole or not at all.
    if (typeof flags.out === 'string') writeFileDurable(flags.out, text, 0o600);
    else io.out(text);
  } finally {
    context.store.close();
  }
  return 0;
}
