import { errorMessages, SamanvayError } from '../shared/errors';
import { UsageError, type CliIo } from './cliContext';
import { demoCommand, demoHelp } from './commands/demo';
import { harnessCommand, harnessHelp } from './commands/harness';
import { initCommand, initHelp } from './commands/init';
import { keysHelp, passphraseCommand, rekeyCommand, unlockCheckCommand } from './commands/keys';
import { exportCommand, importCommand, recordsHelp } from './commands/records';
import { statsCommand, statsHelp } from './commands/stats';

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  init: initCommand,
  demo: demoCommand,
  stats: statsCommand,
  import: importCommand,
  export: exportCommand,
  passphrase: passphraseCommand,
  rekey: rekeyCommand,
  'unlock-check': unlockCheckCommand,
  harness: harnessCommand,
};

const help = `samanvay: the Samanvay node, for administrators and scripts.
The passphrase comes from SAMANVAY_PASSPHRASE or --passphrase-file, never from the command line.

${initHelp}

${demoHelp}

${statsHelp}

${recordsHelp}

${keysHelp}

${harnessHelp}`;

const defaultIo: CliIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs one command; returns the exit code. Errors print one line (message and code), never
 * a stack trace: 1 for a refused operation, 2 for a usage mistake.
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`samanvay: unknown command "${name}" (try: samanvay help)`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`samanvay ${name}: ${error.message} (try: samanvay help)`);
      return 2;
    }
    if (error instanceof SamanvayError) {
      io.err(`samanvay ${name}: ${error.message} [${error.code}]`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      io.err(`samanvay ${name}: file not found: ${(error as NodeJS.ErrnoException).path ?? ''}`);
      return 1;
    }
    io.err(
      `samanvay ${name}: ${errorMessages.INTERNAL} [INTERNAL] ${error instanceof Error ? error.message : ''}`,
    );
    return 1;
  }
}
