import { dispatch } from '../api/dispatch';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import type { EventName } from '../../shared/api/contract';
import type { Core, EventListener } from '../coreTypes';

/**
 * What main, the harness and the CLI hold of a core: calls go through `dispatch` (the
 * contract's validation) and answer an envelope; events arrive by name. The core itself
 * runs in a worker (startCoreWorker) or, for tests of the callers, in this thread
 * (inProcessHost).
 */
export interface CoreHost {
  call(method: unknown, input: unknown): Promise<DispatchEnvelope>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  close(): Promise<void>;
}

/** A core in this thread behind the host interface (tests of the harness and of callers). */
export function inProcessHost(core: Core): CoreHost {
  return {
    call: (method, input) => dispatch(core.api, method, input),
    on: (event, listener) => core.on(event, listener),
    close: async () => core.close(),
  };
}
