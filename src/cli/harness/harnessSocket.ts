import { createHash, timingSafeEqual } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { isAdminMethod } from '../../shared/api/adminContract';
import { SamanvayError, toWireError } from '../../shared/errors';
import type { CallId, DispatchEnvelope, ResultMessage } from '../../shared/api/bridge';

/**
 * The harness protocol, one WebSocket per page (the renderer's side is
 * src/renderer/api/socketTransport.ts):
 *   page → `{type:'hello', token}` first, then `{type:'call', id, method, input}`;
 *   harness → `{type:'ready'}`, `{type:'result', id, ok, result | error}`, `{type:'event', event, payload}`.
 * A wrong or missing token closes the socket with `forbiddenCloseCode`.
 */
export const forbiddenCloseCode = 4403;
/** A page that does not say hello in time is dropped. */
export const helloTimeoutMs = 10_000;

/** Compares tokens in constant time (hashing first makes the lengths equal). */
export function tokensMatch(expected: string, given: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}

function isCallId(value: unknown): value is CallId {
  return (
    (typeof value === 'number' && Number.isSafeInteger(value)) ||
    (typeof value === 'string' && value.length > 0 && value.length <= 64)
  );
}

function parse(data: RawData, isBinary: boolean): Record<string, unknown> | undefined {
  if (isBinary) return undefined;
  try {
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const text = bytes.toString('utf8');
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function sendJson(socket: WebSocket, message: unknown): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.send(JSON.stringify(message));
}

function resultMessage(id: CallId, outcome: DispatchEnvelope): ResultMessage {
  return { type: 'result', id, ...outcome };
}

/**
 * Runs one page's socket: refuses it unless its first message is the right hello, then
 * answers calls through the core's `dispatch` (which validates every input against the contract).
 * `onAuthenticated` hands the socket to the event broadcast.
 */
export function handleHarnessSocket(
  socket: WebSocket,
  options: {
    /** The core's one entry (CoreHost.call: `dispatch`, in the core worker). */
    call: (method: unknown, input: unknown) => Promise<DispatchEnvelope>;
    token: string;
    onAuthenticated: (socket: WebSocket) => void;
  },
): void {
  let authenticated = false;
  const helloTimer = setTimeout(() => socket.close(forbiddenCloseCode, 'no hello'), helloTimeoutMs);
  socket.on('close', () => clearTimeout(helloTimer));
  // ws closes the socket itself (1009 for an oversized message); without a listener the
  // 'error' event would bring the whole harness down.
  socket.on('error', () => undefined);

  socket.on('message', (data, isBinary) => {
    const message = parse(data, isBinary);
    if (!authenticated) {
      const token = message?.['token'];
      if (
        message?.['type'] !== 'hello' ||
        typeof token !== 'string' ||
        !tokensMatch(options.token, token)
      ) {
        socket.close(forbiddenCloseCode, 'forbidden');
        return;
      }
      authenticated = true;
      clearTimeout(helloTimer);
      options.onAuthenticated(socket);
      sendJson(socket, { type: 'ready' });
      return;
    }
    if (message?.['type'] !== 'call' || !isCallId(message['id'])) {
      socket.close(1008, 'malformed message');
      return;
    }
    const id = message['id'];
    // The command line's administration calls are never a page's to make.
    const answer = isAdminMethod(message['method'])
      ? Promise.resolve<DispatchEnvelope>({
          ok: false,
          error: toWireError(new SamanvayError('FORBIDDEN')),
        })
      : options.call(message['method'], message['input']);
    void answer.then((outcome) => {
      try {
        sendJson(socket, resultMessage(id, outcome));
      } catch {
        // A result JSON cannot carry (a BigInt, a cycle): report it rather than hang the call.
        sendJson(
          socket,
          resultMessage(id, { ok: false, error: { code: 'INTERNAL', message: 'INTERNAL' } }),
        );
      }
    });
  });
}
