import { openNode } from '../../core/node/openNode';
import { getOffice } from '../../core/repos/officeRepo';
import { readStats } from '../../core/repos/statsRepo';
import { commonFlags, dbPathOf, parseFlags, unlockOf, type CliIo } from '../cliContext';

/** `samanvay stats`. */
export async function statsCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, { ...commonFlags, 'recovery-key-file': { type: 'string' } });
  const context = await openNode({ dbPath: dbPathOf(flags) }, unlockOf(flags, io));
  try {
    const stats = {
      nodeId: context.identity.nodeId,
      officeId: context.officeId,
      officeName: getOffice(context.store.db, context.officeId)?.nameEn ?? '',
      ...readStats(context.store.db),
    };
    if (flags.json === true) {
      io.out(JSON.stringify(stats));
    } else {
      io.out(`Node ${stats.nodeId} of ${stats.officeName} (${stats.officeId})`);
      for (const [kind, count] of Object.entries(stats.counts))
        io.out(`  ${kind.padEnd(12)} ${count}`);
      io.out(`  ${'changes'.padEnd(12)} ${stats.changes} in ${stats.commits} commits`);
    }
  } finally {
    context.store.close();
  }
  return 0;
}
