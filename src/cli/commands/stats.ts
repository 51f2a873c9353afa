import { withCliCore } from '../cliCore';
import { commonFlags, dbPathOf, parseFlags, unlockOf, type CliIo } from '../cliContext';

/** `samanvay stats`. */
export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, { ...commonFlags, 'recovery-key-file': { type: 'string' } });
  const unlock = unlockOf(flags, io);
  const stats = await withCliCore(dbPathOf(flags), { unlock }, (client) =>
    client.call('stats.get', {}),
  );
  if (flags.json === true) {
    io.out(JSON.stringify(stats));
  } else {
    io.out(`Node ${stats.nodeId} of ${stats.officeName} (${stats.officeId})`);
    for (const [kind, count] of Object.entries(stats.counts))
      io.out(`  ${kind.padEnd(12)} ${count}`);
    io.out(`  ${'changes'.padEnd(12)} ${stats.changes} in ${stats.commits} commits`);
    if (stats.equivocations > 0)
      io.out(
        `  ${stats.equivocations} proof(s) of a computer signing two versions of the same changes [EQUIVOCATION]: see the sync log`,
      );
  }
  return 0;
}
