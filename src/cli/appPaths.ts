import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Electron's userData folder for this app (`app.getPath('userData')`), found without
 * Electron: the harness and `npm start` open the same default database the app does.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const name = 'samanvay';
  if (process.platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming'), name);
  }
  if (process.platform === 'darwin') {
    return path.join(homedir(), 'Library', 'Application Support', name);
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(homedir(), '.config'), name);
}

/** The app's database when none is named: `SAMANVAY_DB`, else `<userData>/samanvay.db`. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SAMANVAY_DB || path.join(userDataDir(env), 'samanvay.db'));
}

/** Where `--demo` keeps its database (as the app's `--demo`: `<userData>/demo/samanvay.db`). */
export function demoDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'demo', 'samanvay.db');
}

/** The project folder (the one with package.json), from the source tree or from out/cli. */
export function projectRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('samanvay: cannot find the project folder');
    directory = parent;
  }
  return directory;
}
