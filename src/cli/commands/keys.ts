import { withCliCore } from '../cliCore';
import {
  commonFlags,
  dbPathOf,
  kdfOf,
  parseFlags,
  UsageError,
  unlockOf,
  type CliIo,
} from '../cliContext';

const keyFlags = { ...commonFlags, 'recovery-key-file': { type: 'string' } } as const;

/** `samanvay passphrase`: replaces the passphrase slot; the data key stays. */
export async function passphraseCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, keyFlags);
  const newPassphrase = io.env.SAMANVAY_NEW_PASSPHRASE;
  if (!newPassphrase) throw new UsageError('set SAMANVAY_NEW_PASSPHRASE to the new passphrase');
  const unlock = unlockOf(flags, io);
  await withCliCore(dbPathOf(flags), { unlock, kdf: kdfOf(flags, io) }, (client) =>
    client.call('admin.passphrase', { unlock, newPassphrase }),
  );
  io.out(flags.json === true ? JSON.stringify({ changed: true }) : 'Passphrase changed.');
  return 0;
}

/** `samanvay rekey`: rotates the data key, crash-safely. */
export async function rekeyCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, keyFlags);
  const unlock = unlockOf(flags, io);
  await withCliCore(dbPathOf(flags), { unlock }, (client) =>
    client.call('admin.rekey', { unlock }),
  );
  io.out(flags.json === true ? JSON.stringify({ rekeyed: true }) : 'Data key rotated.');
  return 0;
}

/** `samanvay unlock-check`: opens and verifies, changes nothing. */
export async function unlockCheckCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, keyFlags);
  const { quickCheck, slots } = await withCliCore(
    dbPathOf(flags),
    { unlock: unlockOf(flags, io) },
    (client) => client.call('admin.check', {}),
  );
  if (flags.json === true) {
    io.out(JSON.stringify({ ok: quickCheck === 'ok', quickCheck, slots }));
  } else {
    io.out(`Unlocked: ${quickCheck}; key slots: ${slots.join(', ')}`);
  }
  return quickCheck === 'ok' ? 0 : 1;
}
