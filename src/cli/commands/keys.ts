import { changePassphrase, listSlots, rekey } from '../../core/db/keySlots';
import { openStore } from '../../core/db/store';
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
  await changePassphrase({
    dbPath: dbPathOf(flags),
    kdf: kdfOf(flags, io),
    unlock: unlockOf(flags, io),
    newPassphrase,
  });
  io.out(flags.json === true ? JSON.stringify({ changed: true }) : 'Passphrase changed.');
  return 0;
}

/** `samanvay rekey`: rotates the data key, crash-safely. */
export async function rekeyCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, keyFlags);
  const unlock = unlockOf(flags, io);
  const store = await openStore({ dbPath: dbPathOf(flags), unlock });
  try {
    await rekey(store, unlock);
  } finally {
    store.close();
  }
  io.out(flags.json === true ? JSON.stringify({ rekeyed: true }) : 'Data key rotated.');
  return 0;
}

/** `samanvay unlock-check`: opens and verifies, changes nothing. */
export async function unlockCheckCommand(args: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, keyFlags);
  const dbPath = dbPathOf(flags);
  const store = await openStore({ dbPath, unlock: unlockOf(flags, io) });
  const check = store.db.pragma('quick_check', { simple: true });
  store.close();
  const slots = listSlots(dbPath).map((slot) => slot.kind);
  if (flags.json === true) {
    io.out(JSON.stringify({ ok: check === 'ok', quickCheck: check, slots }));
  } else {
    io.out(`Unlocked: ${String(check)}; key slots: ${slots.join(', ')}`);
  }
  return check === 'ok' ? 0 : 1;
}
