import type { WireError } from '../errors';

/** What one call through the bridge answers: the result, or an error with a stable code. */
export type DispatchEnvelope = { ok: true; result: unknown } | { ok: false; error: WireError };

/**
 * `window.samanvay` in the Electron renderer, exposed by the preload: contract calls and
 * events, nothing else. The renderer wraps it in a Transport for the typed client.
 */
export interface SamanvayBridge {
  call(method: string, input: unknown): Promise<DispatchEnvelope>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/** The two IPC channels between preload and main. */
export const bridgeChannels = {
  call: 'samanvay:call',
  event: 'samanvay:event',
} as const;
