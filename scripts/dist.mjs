// `npm run dist`: builds the app with electron-vite and packages it with electron-builder
// when that is installed (it needs the Electron binary, so not on our build machines).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary, projectRoot } from './electron.mjs';

const builder = path.join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
if (!findElectronBinary() || !existsSync(builder)) {
  console.error(
    'Samanvay: packaging needs the Electron binary and electron-builder, which this machine does not have.',
  );
  process.exit(1);
}

const electronVite = path.join(
  projectRoot,
  'node_modules',
  'electron-vite',
  'bin',
  'electron-vite.js',
);
for (const [command, args] of [
  [process.execPath, [electronVite, 'build']],
  [process.execPath, [builder, ...process.argv.slice(2)]],
]) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
