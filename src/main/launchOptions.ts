import path from 'node:path';

/** How this run of the app was asked to start: which database, which native binding. */
export interface LaunchOptions {
  dbPath: string;
  /** True when `--demo` chose the demo database under userData. */
  demo: boolean;
  /** A better-sqlite3 binary built for Electron's ABI (`npm start` passes one). */
  nativeBinding: string | undefined;
  /** Where to accept paired peers (`--listen HOST:PORT` or SAMANVAY_LISTEN); else dial only. */
  listen: { host: string; port: number } | undefined;
}

/** Where `--demo` opens its database; `samanvay demo --db <this path>` creates it. */
export function demoDatabasePath(userDataDir: string): string {
  return path.join(userDataDir, 'demo', 'samanvay.db');
}

function flagValue(argv: readonly string[], flag: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === flag) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new Error(`${flag} needs a value`);
      }
      return value;
    }
    if (argument.startsWith(`${flag}=`)) return argument.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * Reads the launch options from the command line and environment. The database is, first
 * found: `--db <path>`, `--demo` (the demo database under userData), `SAMANVAY_DB`, or
 * `<userData>/samanvay.db`. Other arguments (Chromium switches, the app path) are ignored.
 */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): LaunchOptions {
  const dbFlag = flagValue(argv, '--db');
  const demo = argv.includes('--demo');
  if (dbFlag !== undefined && demo) throw new Error('Give either --db or --demo, not both');
  const nativeBinding = flagValue(argv, '--native-binding') ?? env.SAMANVAY_NATIVE_BINDING;
  const dbPath =
    dbFlag ??
    (demo ? demoDatabasePath(userDataDir) : undefined) ??
    (env.SAMANVAY_DB || undefined) ??
    path.join(userDataDir, 'samanvay.db');
  return {
    dbPath: path.resolve(dbPath),
    demo,
    nativeBinding: nativeBinding ? path.resolve(nativeBinding) : undefined,
    listen: parseListen(flagValue(argv, '--listen') ?? env.SAMANVAY_LISTEN),
  };
}

/** `HOST:PORT` (IPv6 in brackets) → where the sync service listens. */
export function parseListen(text: string | undefined): { host: string; port: number } | undefined {
  if (!text) return undefined;
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:\s]+):(\d{1,5})$/.exec(text.trim());
  const port = Number(match?.[2]);
  if (!match || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`--listen needs HOST:PORT, not ${text}`);
  }
  return { host: (match[1] ?? '').replace(/^\[|\]$/g, ''), port };
}
