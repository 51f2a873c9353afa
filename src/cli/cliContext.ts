import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliKdf, CliUnlock } from './cliCore';

/** What a command gets: its parsed flags, the environment, and where to write. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Rewrites one progress line in place; only when stdout is a terminal. */
  progress?: ((line: string) => void) | undefined;
}

/** A usage mistake: printed with the command's help, exit code 2. */
export class UsageError extends Error {}

export type Flags = Record<string, string | boolean | undefined>;

/**
 * Parses flags strictly, and the positional arguments beside them: an unknown flag or a
 * missing value is a usage error.
 */
export function parseFlagsAndPositionals(
  args: string[],
  options: ParseArgsConfig['options'],
): { flags: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    return { flags: values, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses flags strictly: an unknown flag, a missing value or a positional is a usage error. */
export function parseFlags(args: string[], options: ParseArgsConfig['options']): Flags {
  const { flags, positionals } = parseFlagsAndPositionals(args, options);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  return flags;
}

export function requireString(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function optionalNumber(
  flags: Flags,
  name: string,
  fallback: number,
  max = 10_000_000,
): number {
  const value = flags[name];
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) {
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  }
  return parsed;
}

export function dbPathOf(flags: Flags): string {
  return resolve(requireString(flags, 'db'));
}

/** Reads a secret file: the whole file, without its final newline. */
function readSecretFile(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
}

/**
 * The operator's passphrase: `SAMANVAY_PASSPHRASE` or `--passphrase-file`, never argv
 * (argv is visible to every user of the machine through the process list).
 */
export function passphraseOf(flags: Flags, io: CliIo): string {
  const file = flags['passphrase-file'];
  if (typeof file === 'string') return readSecretFile(file);
  const fromEnv = io.env.SAMANVAY_PASSPHRASE;
  if (fromEnv) return fromEnv;
  throw new UsageError('set SAMANVAY_PASSPHRASE or give --passphrase-file FILE');
}

/** How a command unlocks: the recovery key file if given, else the passphrase. */
export function unlockOf(flags: Flags, io: CliIo): CliUnlock {
  const recoveryFile = flags['recovery-key-file'];
  if (typeof recoveryFile === 'string') return { recoveryKey: readSecretFile(recoveryFile) };
  return { passphrase: passphraseOf(flags, io) };
}

/** Cheap key derivation, for tests and demos only; the slot records what was used. */
export const fastKdf: NonNullable<CliKdf> = { N: 2 ** 12, r: 8, p: 1 };

export function kdfOf(flags: Flags, io: CliIo): CliKdf {
  if (flags['kdf-fast'] !== true) return undefined;
  io.err('warning: --kdf-fast uses weak key derivation; for tests and demos only');
  return fastKdf;
}

export const commonFlags = {
  db: { type: 'string' },
  'passphrase-file': { type: 'string' },
  'kdf-fast': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;
