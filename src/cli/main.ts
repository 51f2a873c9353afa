import { errorMessages, SamanvayError, toWireError } from '../shared/errors';
import { UsageError, type CliIo } from './cliContext';
import { helpText } from './help';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command is loaded when run, so a quick command does not load the others' modules. */
const commands: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./commands/init')).initCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  stats: async () => (await import('./commands/stats')).statsCommand,
  import: async () => (await import('./commands/records')).importCommand,
  export: async () => (await import('./commands/records')).exportCommand,
  passphrase: async () => (await import('./commands/keys')).passphraseCommand,
  rekey: async () => (await import('./commands/keys')).rekeyCommand,
  'unlock-check': async () => (await import('./commands/keys')).unlockCheckCommand,
  harness: async () => (await import('./commands/harness')).harnessCommand,
  node: async () => (await import('./commands/node')).nodeCommand,
  peer: async () => (await import('./commands/peer')).peerCommand,
  sync: async () => (await import('./commands/sync')).syncCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  bundle: async () => (await import('./commands/bundle')).bundleCommand,
  bulletin: async () => (await import('./commands/bulletin')).bulletinCommand,
  meeting: async () => (await import('./commands/meeting')).meetingCommand,
};

const defaultIo: CliIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stdout.isTTY ? (line) => process.stdout.write(`\r\u001b[2K${line}`) : undefined,
};

/**
 * Runs one command; returns the exit code. Errors print one line (message and code), never
 * a stack trace: 1 for a refused operation, 2 for a usage mistake.
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    io.err(`samanvay: unknown command "${name}" (try: samanvay help)`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`samanvay ${name}: ${error.message} (try: samanvay help)`);
      return 2;
    }
    const wire = toWireError(error);
    if (error instanceof SamanvayError || wire.code !== 'INTERNAL') {
      io.err(
        `samanvay ${name}: ${error instanceof SamanvayError ? error.message : wire.message} [${wire.code}]`,
      );
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
