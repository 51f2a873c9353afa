import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCoreWorker } from '../../core/worker/startCoreWorker';
import { parseAddress } from '../../core/sync/peerStore';
import { startHarness } from '../harness/harnessServer';
import {
  commonFlags,
  dbPathOf,
  kdfOf,
  optionalNumber,
  parseFlags,
  type CliIo,
} from '../cliContext';

const defaultRendererDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/** `samanvay harness`: the browser harness the UI tests and demos run against. */
export async function harnessCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    port: { type: 'string' },
    renderer: { type: 'string' },
    listen: { type: 'string' },
  });
  const rendererDir = typeof flags.renderer === 'string' ? flags.renderer : defaultRendererDir;
  if (!existsSync(rendererDir)) {
    io.err(`samanvay harness: no built UI at ${rendererDir}; run: npm run build:renderer`);
    return 1;
  }
  const listen = typeof flags.listen === 'string' ? parseAddress(flags.listen) : undefined;
  // The core runs in a worker, as in the app, and syncs with paired peers while unlocked;
  // it accepts them with --listen.
  const core = startCoreWorker({
    dbPath: dbPathOf(flags),
    kdf: kdfOf(flags, io),
    sync: { listen },
  });
  const harness = await startHarness({
    core,
    rendererDir,
    port: optionalNumber(flags, 'port', 0, 65535),
  });
  io.out(`Harness: ${harness.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await harness.close();
  await core.close();
  return 0;
}
