// `npm start [-- args]`: builds the app and opens it in Electron, with a better-sqlite3 built
// for Electron (node_modules keeps Node's build, for tests). `npm run dev` does the same with
// electron-vite's dev server. Arguments go to the app: `npm start -- --demo`, `-- --db x.db`.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureElectronNativeBinding, findElectronBinary, projectRoot } from './electron.mjs';

const args = process.argv.slice(2);
const dev = args[0] === '--dev';
const appArgs = dev ? args.slice(1) : args;

const electron = findElectronBinary();
if (!electron) {
  console.error(
    'Samanvay: the Electron binary is not installed on this machine; run the browser harness instead: npm run harness',
  );
  process.exit(1);
}

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
