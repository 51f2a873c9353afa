// `npm start [-- args]`: builds the app and opens it in Electron, with a better-sqlite3 built
// for Electron (node_modules keeps Node's build, for tests). `npm run dev` does the same with
// electron-vite's dev server. Arguments go to the app: `npm start -- --demo`, `-- --db x.db`.
// Without the Electron binary, `npm start` starts the browser harness on the same database
// (the demo one with --demo, made when missing), building the UI first when it is missing,
// prints its address and opens it in a browser when there is one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureElectronNativeBinding, findElectronBinary, projectRoot } from './electron.mjs';

const args = process.argv.slice(2);
const dev = args[0] === '--dev';
const appArgs = dev ? args.slice(1) : args;

/** The browser harness instead of Electron: the same database and UI, in a browser. */
function startHarness() {
  console.error('Samanvay: no Electron binary on this machine; starting the browser harness.');
  if (!existsSync(path.join(projectRoot, 'out', 'renderer', 'index.html'))) {
    const vite = path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(
      process.execPath,
      [vite, 'build', '--config', 'vite.renderer.config.ts'],
      { cwd: projectRoot, stdio: 'inherit' },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const cli = path.join(projectRoot, 'bin', 'samanvay.mjs');
  const child = spawn(process.execPath, [cli, 'harness', '--open', ...appArgs], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  // Ctrl+C reaches the child straight from the terminal; a SIGTERM to this script is passed on.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Electron: build the app, then run it with the native binding built for Electron. */
function startElectron(electron) {
  let nativeBinding;
  try {
    nativeBinding = ensureElectronNativeBinding();
  } catch (error) {
    console.error(`Samanvay: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const electronVite = path.join(
    projectRoot,
    'node_modules',
    'electron-vite',
    'bin',
    'electron-vite.js',
  );
  const env = { ...process.env, SAMANVAY_NATIVE_BINDING: nativeBinding };

  /** Runs a child to its end, forwarding Ctrl-C, and exits with its code. */
  function runToEnd(command, commandArgs) {
    const child = spawn(command, commandArgs, { cwd: projectRoot, env, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }

  if (dev) {
    // electron-vite passes what follows `--` to Electron.
    runToEnd(process.execPath, [electronVite, 'dev', '--', ...appArgs]);
  } else {
    const build = spawnSync(process.execPath, [electronVite, 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
    runToEnd(electron, [projectRoot, '--native-binding', nativeBinding, ...appArgs]);
  }
}

const electron = findElectronBinary();
if (electron) startElectron(electron);
else startHarness();
