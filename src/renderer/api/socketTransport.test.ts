import { describe, expect, it } from 'vitest';
import { CallError, isConnectionLost } from './callError';
import { createSocketTransport, forbiddenCloseCode, type SocketLike } from './socketTransport';

/** A socket the test drives: it records what the page sends and plays the harness's part. */
function fakeSocket() {
  const handlers: Record<string, Array<(event: never) => void>> = {};
  const sent: unknown[] = [];
  const socket: SocketLike = {
    send: (data) => sent.push(JSON.parse(data)),
    close: () => undefined,
    addEventListener: (type: string, listener: (event: never) => void) => {
      (handlers[type] ??= []).push(listener);
    },
  };
  const fire = (type: string, event: unknown) => {
    for (const handler of handlers[type] ?? []) handler(event as never);
  };
  return {
    socket,
    sent,
    open: () => fire('open', {}),
    receive: (message: unknown) => fire('message', { data: JSON.stringify(message) }),
    close: (code: number) => fire('close', { code }),
  };
}

describe('createSocketTransport', () => {
  it('says hello with the token first and holds calls until the harness is ready', async () => {
    const harness = fakeSocket();
    const transport = createSocketTransport(harness.socket, 'abc123');
    const result = transport.call('session.status', {});
    harness.open();
    expect(harness.sent).toEqual([{ type: 'hello', token: 'abc123' }]);

    harness.receive({ type: 'ready' });
    expect(harness.sent[1]).toEqual({ type: 'call', id: 1, method: 'session.status', input: {} });
    harness.receive({
      type: 'result',
      id: 1,
      ok: true,
      result: { state: 'locked', unlockWith: [] },
    });
    await expect(result).resolves.toEqual({ state: 'locked', unlockWith: [] });
  });

  it('turns a failed call into a CallError with the wire code and details', async () => {
    const harness = fakeSocket();
    const transport = createSocketTransport(harness.socket, 't');
    harness.open();
    harness.receive({ type: 'ready' });
    const call = transport.call('cases.lane', { lane: 'reported', limit: 0 });
    harness.receive({
      type: 'result',
      id: 1,
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Some of the input is not valid.',
        details: { field: 'limit' },
      },
    });
    const error: unknown = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CallError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'limit' } });
  });

  it('matches answers to calls by id, whatever their order', async () => {
    const harness = fakeSocket();
    const transport = createSocketTransport(harness.socket, 't');
    harness.open();
    harness.receive({ type: 'ready' });
    const first = transport.call('offices.list', {});
    const second = transport.call('operators.list', {});
    harness.receive({ type: 'result', id: 2, ok: true, result: ['operators'] });
    harness.receive({ type: 'result', id: 1, ok: true, result: ['offices'] });
    await expect(first).resolves.toEqual(['offices']);
    await expect(second).resolves.toEqual(['operators']);
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const harness = fakeSocket();
    const transport = createSocketTransport(harness.socket, 't');
    const seen: unknown[] = [];
    const unsubscribe = transport.subscribe('record.changed', (payload) => seen.push(payload));
    harness.receive({
      type: 'event',
      event: 'record.changed',
      payload: { entity: 'case', ids: ['1'] },
    });
    harness.receive({ type: 'event', event: 'session.changed', payload: { state: 'locked' } });
    unsubscribe();
    harness.receive({
      type: 'event',
      event: 'record.changed',
      payload: { entity: 'case', ids: ['2'] },
    });
    expect(seen).toEqual([{ entity: 'case', ids: ['1'] }]);
  });

  it('fails pending and later calls with FORBIDDEN when the token is refused', async () => {
    const harness = fakeSocket();
    const transport = createSocketTransport(harness.socket, 'wrong');
    const pending = transport.call('session.status', {});
    harness.open();
    harness.close(forbiddenCloseCode);
    await expect(pending).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(transport.call('session.status', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports a lost connection distinctly from a coded failure', async () => {
    const harness = fakeSocket();
    const transport = createSocketTransport(harness.socket, 't');
    harness.open();
    harness.receive({ type: 'ready' });
    const pending = transport.call('session.status', {});
    harness.close(1006);
    const error: unknown = await pending.catch((caught: unknown) => caught);
    expect(isConnectionLost(error)).toBe(true);
  });
});
