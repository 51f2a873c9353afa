import type { InputOf, Method, ResultOf } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import { dispatch } from '../../core/api/dispatch';
import { createCore } from '../../core/createCore';
import type { UnlockSecret } from '../../core/db/types';

/** Calls the core through the contract, as the UI does: validated, errors as codes. */
export type ContractCall = <M extends Method>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;

/**
 * Opens the database at `dbPath` in a core of its own, unlocks it through the contract, runs
 * `work` with a contract caller, and closes it. A failure comes back as a SamanvayError with
 * the core's code and message.
 */
export async function withContract<T>(
  dbPath: string,
  unlock: UnlockSecret,
  work: (call: ContractCall) => Promise<T>,
): Promise<T> {
  const core = createCore({ dbPath });
  const call: ContractCall = async (method, input) => {
    const outcome = await dispatch(core.api, method, input);
    if (!outcome.ok) throw new SamanvayError(outcome.error.code, outcome.error.message);
    return outcome.result as ResultOf<typeof method>;
  };
  try {
    await call('session.unlock', unlock as InputOf<'session.unlock'>);
    return await work(call);
  } finally {
    core.close();
  }
}
