import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAddress } from '../../shared/address';
import { startCoreWorker } from '../../core/worker/startCoreWorker';
import { startHarness } from '../harness/harnessServer';
import { defaultDatabasePath, demoDatabasePath, projectRoot } from '../appPaths';
import { hostClient } from '../cliCore';
import {
  commonFlags,
  fastKdf,
  kdfOf,
  optionalNumber,
  parseFlags,
  UsageError,
  type CliIo,
} from '../cliContext';

/** The demo database's passphrase when SAMANVAY_PASSPHRASE does not give one. */
export const demoPassphrase = 'samanvay demo';

/**
 * Opens a URL in the desktop's browser, if there is one; never waits for it, never fails.
 * The URL carries the harness token, and a command line is visible to every user of the
 * machine: the browser is given a page readable only by this user that forwards to the URL.
 */
function openInBrowser(url: string, io: CliIo): void {
  if (io.env.CI) return;
  if (process.platform === 'linux' && !io.env.DISPLAY && !io.env.WAYLAND_DISPLAY) return;
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const folder = mkdtempSync(path.join(tmpdir(), 'samanvay-open-'));
    const page = path.join(folder, 'open.html');
    const target = url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    writeFileSync(page, `<meta http-equiv="refresh" content="0;url=${target}">`, { mode: 0o600 });
    // Long enough for a slow browser to read it; then the token leaves the disk.
    setTimeout(() => rmSync(folder, { recursive: true, force: true }), 60_000).unref();
    const child = spawn(command, [page], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the URL is printed above.
  }
}

/**
 * `samanvay harness`: the browser harness the UI tests and demos run against, on the app's
 * default database unless `--db` names one (`--demo`: the demo database, made when missing).
 */
export async function harnessCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, {
    ...commonFlags,
    port: { type: 'string' },
    renderer: { type: 'string' },
    listen: { type: 'string' },
    demo: { type: 'boolean' },
    open: { type: 'boolean' },
  });
  if (typeof flags.db === 'string' && flags.demo === true) {
    throw new UsageError('give either --db or --demo, not both');
  }
  const rendererDir =
    typeof flags.renderer === 'string'
      ? flags.renderer
      : path.join(projectRoot(), 'out', 'renderer');
  if (!existsSync(rendererDir)) {
    io.err(`samanvay harness: no built UI at ${rendererDir}; run: npm run build:renderer`);
    return 1;
  }
  const dbPath =
    typeof flags.db === 'string'
      ? path.resolve(flags.db)
      : flags.demo === true
        ? demoDatabasePath(io.env)
        : defaultDatabasePath(io.env);
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const listen = typeof flags.listen === 'string' ? parseAddress(flags.listen) : undefined;
  const makeDemo = flags.demo === true && !existsSync(dbPath);
  const kdf = makeDemo ? fastKdf : kdfOf(flags, io);
  // The core runs in a worker, as in the app, and syncs with paired peers while unlocked;
  // it accepts them with --listen.
  const core = startCoreWorker({ dbPath, kdf, sync: { listen }, housekeeping: true });
  if (makeDemo) await createDemo(hostClient(core), dbPath, io);
  const harness = await startHarness({
    core,
    rendererDir,
    port: optionalNumber(flags, 'port', 0, 65535),
  });
  io.out(`Database: ${dbPath}`);
  io.out(`Harness: ${harness.url}`);
  if (flags.open === true) openInBrowser(harness.url, io);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await harness.close();
  await core.close();
  return 0;
}

/** Makes the demo database and leaves it unlocked, saying how to unlock it next time. */
async function createDemo(
  client: ReturnType<typeof hostClient>,
  dbPath: string,
  io: CliIo,
): Promise<void> {
  const passphrase = io.env.SAMANVAY_PASSPHRASE || demoPassphrase;
  io.err(`Creating the demo database at ${dbPath}…`);
  const { findKnownOffice } = await import('../../shared/domain/borderDistricts');
  const office = findKnownOffice('jh-dhanbad');
  if (!office) throw new Error('the shipped offices are missing from resources/data');
  const created = await client.call('session.init', {
    office,
    operator: { name: 'Duty Officer', rank: 'SI' },
    passphrase,
  });
  await client.call('admin.demo', {
    cases: 300,
    suspects: 150,
    days: 7,
    photos: 40,
    logEntries: 280,
    seed: 2026,
  });
  io.err(`Demo database ready. Passphrase: "${passphrase}"; recovery key: ${created.recoveryKey}`);
}
