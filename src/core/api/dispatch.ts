import { contract, isMethod, type CoreApi } from '../../shared/api/contract';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import { SamanvayError, toWireError } from '../../shared/errors';

/**
 * The one entry for untrusted callers (Electron IPC, the harness, the CLI, through the core
 * worker): checks the method name, validates the input against the contract and turns every
 * failure into `{ code, message }`.
 */
export async function dispatch(
  api: CoreApi,
  name: unknown,
  input: unknown,
): Promise<DispatchEnvelope> {
  try {
    if (!isMethod(name)) throw new SamanvayError('UNKNOWN_METHOD');
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SamanvayError('INVALID_INPUT', undefined, {
        field: issue?.path.join('.') ?? '',
        problem: issue?.message ?? '',
      });
    }
    const call = api[name] as (value: unknown) => Promise<unknown>;
    return { ok: true, result: await call(parsed.data) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}
