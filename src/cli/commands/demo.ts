import { existsSync } from 'node:fs';
import { findKnownOffice } from '../../shared/domain/borderDistricts';
import { withCliCore } from '../cliCore';
import {
  commonFlags,
  dbPathOf,
  kdfOf,
  optionalNumber,
  parseFlags,
  passphraseOf,
  UsageError,
  type CliIo,
} from '../cliContext';

/** `samanvay demo`: fills a database with demo data, creating it first when it is missing. */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    cases: { type: 'string' },
    suspects: { type: 'string' },
    days: { type: 'string' },
    photos: { type: 'string' },
    'log-entries': { type: 'string' },
    office: { type: 'string' },
    seed: { type: 'string' },
  });
  const dbPath = dbPathOf(flags);
  const days = optionalNumber(flags, 'days', 7, 3650);
  const options = {
    cases: optionalNumber(flags, 'cases', 300),
    suspects: optionalNumber(flags, 'suspects', 150),
    days,
    photos: optionalNumber(flags, 'photos', 40, 100_000),
    logEntries: optionalNumber(flags, 'log-entries', days * 40),
    seed: optionalNumber(flags, 'seed', 2026),
  };
  const passphrase = passphraseOf(flags, io);
  const kdf = kdfOf(flags, io);
  const exists = existsSync(dbPath);
  const office = exists
    ? undefined
    : findKnownOffice(typeof flags.office === 'string' ? flags.office : 'jh-dhanbad');
  if (!exists && !office) {
    throw new UsageError('--office must be one of the border offices (e.g. jh-dhanbad, wb-adpc)');
  }
  const started = Date.now();
  const summary = await withCliCore(
    dbPath,
    { kdf, ...(exists ? { unlock: { passphrase } } : {}) },
    async (client) => {
      if (office) {
        const created = await client.call('session.init', {
          office,
          operator: { name: 'Duty Officer', rank: 'SI' },
          passphrase,
        });
        io.err(
          `Created ${dbPath} for ${office.nameEn}; node ${created.nodeId}; recovery key: ${created.recoveryKey}`,
        );
      }
      return client.call('admin.demo', options);
    },
  );
  const seconds = (Date.now() - started) / 1000;
  if (flags.json === true) io.out(JSON.stringify({ ...summary, seconds }));
  else io.out(`Demo data written in ${seconds.toFixed(1)} s: ${JSON.stringify(summary)}`);
  return 0;
}
