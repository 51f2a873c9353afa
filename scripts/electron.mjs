// Helpers for running the real Electron app: find its binary without triggering the
// `electron` package's download, and build better-sqlite3-multiple-ciphers for Electron's ABI
// in .electron-native/, apart from node_modules (whose copy stays built for Node, for tests).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectRoot, 'package.json'));
const nativePackage = 'better-sqlite3-multiple-ciphers';

function packageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The Electron executable, or undefined when it was never downloaded (CI, our build machines). */
export function findElectronBinary() {
  let electronDir;
  try {
    electronDir = packageDir('electron');
  } catch {
    return undefined;
  }
  // Read path.txt ourselves: require('electron') would try to download a missing binary.
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  if (!executable && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return undefined;
  const binary = path.join(distDir, executable ?? 'electron');
  return existsSync(binary) ? binary : undefined;
}

export function electronVersion() {
  return readJson(path.join(packageDir('electron'), 'package.json')).version;
}

function nodeGypCommand() {
  const npmCli = process.env.npm_execpath;
  if (npmCli) {
    const bundled = path.join(
      path.dirname(npmCli),
      '..',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
    if (existsSync(bundled)) return [process.execPath, [bundled]];
  }
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  return [npx, ['--yes', 'node-gyp']];
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

/**
 * Path of better_sqlite3.node built for this Electron, building it when missing or stale.
 * Tries the package's prebuilt binary for Electron first, then compiles with node-gyp
 * against Electron's headers.
 */
export function ensureElectronNativeBinding() {
  const version = electronVersion();
  const sourceDir = packageDir(nativePackage);
  const sourceVersion = readJson(path.join(sourceDir, 'package.json')).version;
  const targetDir = path.join(projectRoot, '.electron-native', nativePackage);
  const binding = path.join(targetDir, 'build', 'Release', 'better_sqlite3.node');
  const stampFile = path.join(targetDir, '.samanvay-stamp.json');
  const stamp = JSON.stringify({ electron: version, package: sourceVersion, arch: process.arch });
  if (existsSync(binding) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return binding;
  }

  console.log(`Samanvay: building ${nativePackage} ${sourceVersion} for Electron ${version}...`);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(path.dirname(targetDir), { recursive: true });
  cpSync(sourceDir, targetDir, {
    recursive: true,
    filter: (file) => !file.startsWith(path.join(sourceDir, 'build')),
  });
  const electronTarget = [`--runtime=electron`, `--target=${version}`, `--arch=${process.arch}`];
  const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: version };
  const prebuildInstall = path.join(packageDir('prebuild-install'), 'bin.js');
  const prebuilt = run(process.execPath, [prebuildInstall, ...electronTarget], {
    cwd: targetDir,
    env,
  });
  if (!prebuilt) {
    const [command, args] = nodeGypCommand();
    const built = run(
      command,
      [
        ...args,
        'rebuild',
        '--release',
        ...electronTarget,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: targetDir, env },
    );
    if (!built || !existsSync(binding)) {
      throw new Error(`could not build ${nativePackage} for Electron ${version}`);
    }
  }
  writeFileSync(stampFile, stamp);
  return binding;
}
