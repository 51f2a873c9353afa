import { createClient, type Client } from '../shared/api/client';
import type { InputOf } from '../shared/api/contract';
import { SamanvayError } from '../shared/errors';
import type { CoreHost } from '../core/worker/coreHost';
import { startCoreWorker, type CoreWorkerOptions } from '../core/worker/startCoreWorker';

/** A secret that opens a key slot from the command line. */
export type CliUnlock = InputOf<'admin.rekey'>['unlock'];

/** Key-derivation cost of new passphrase slots (`--kdf-fast`). */
export type CliKdf = CoreWorkerOptions['kdf'];

/** A core for one command: the typed contract client, and how to stop it. */
export interface CliCore {
  client: Client;
  close(): Promise<void>;
}

/** The contract's client on a core host: a refused call throws its code, as core would. */
export function hostClient(host: CoreHost): Client {
  return createClient({
    call: async (method, input) => {
      const outcome = await host.call(method, input);
      if (outcome.ok) return outcome.result;
      const { code, message, details } = outcome.error;
      throw new SamanvayError(code, message, details);
    },
    subscribe: (event, listener) =>
      host.on(event as never, (payload: unknown) => listener(payload)),
  });
}

/**
 * Starts the same core the app runs (in its worker thread) on `dbPath`, reached only
 * through the contract. `unlock` opens it first when given. `housekeeping` only for a command
 * that stays open (`samanvay node`): a one-shot command must not compact the index.
 */
export async function openCliCore(
  dbPath: string,
  options: { kdf?: CliKdf; unlock?: CliUnlock; housekeeping?: boolean } = {},
): Promise<CliCore> {
  const host = startCoreWorker({
    dbPath,
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.housekeeping ? { housekeeping: true } : {}),
  });
  const client = hostClient(host);
  try {
    if (options.unlock) await client.call('session.unlock', options.unlock);
  } catch (error) {
    await host.close();
    throw error;
  }
  return { client, close: () => host.close() };
}

/** Runs `work` on a core opened for one command, and always closes it. */
export async function withCliCore<T>(
  dbPath: string,
  options: { kdf?: CliKdf; unlock?: CliUnlock },
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const core = await openCliCore(dbPath, options);
  try {
    return await work(core.client);
  } finally {
    await core.close();
  }
}
