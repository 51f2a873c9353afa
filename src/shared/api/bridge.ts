import type { WireError } from '../errors';

/** What one call through the bridge answers: the result, or an error with a stable code. */
export type DispatchEnvelope = { ok: true; result: unknown } | { ok: false; error: WireError };

/** A call's id on a message channel (the harness socket, the core worker). */
export type CallId = number | string;

/**
 * The messages of every channel that carries the contract as messages: the harness
 * WebSocket (src/cli/harness/harnessSocket.ts, src/renderer/api/socketTransport.ts) and the
 * core worker's port (src/core/worker). A caller sends `call`; the other side answers each
 * with a `result` carrying the call's id and pushes every contract event as `event`.
 */
export type CallMessage = { type: 'call'; id: CallId; method: string; input: unknown };
/** The answer to one `call`. */
export type ResultMessage = { type: 'result'; id: CallId } & DispatchEnvelope;
/** One contract event. */
export type EventMessage = { type: 'event'; event: string; payload: unknown };

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
