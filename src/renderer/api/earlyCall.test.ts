import { describe, expect, it } from 'vitest';
import { createFakeClient } from '../test/fakeClient';
import { callEarly, takeOrCall } from './earlyCall';

const offices = [{ id: 'jh-dhanbad' }] as never;

describe('callEarly and takeOrCall', () => {
  it('sends the call at once, and the screen takes that answer instead of asking again', async () => {
    const client = createFakeClient({ 'offices.list': () => offices });
    callEarly(client, 'offices.list', {}, 'office');
    expect(client.calls).toHaveLength(1);
    await expect(takeOrCall(client, 'offices.list', {})).resolves.toBe(offices);
    expect(client.calls).toHaveLength(1);
  });

  it('gives an early answer once: a later load asks core again', async () => {
    const client = createFakeClient({ 'offices.list': () => offices });
    callEarly(client, 'offices.list', {}, 'office');
    await takeOrCall(client, 'offices.list', {});
    await takeOrCall(client, 'offices.list', {});
    expect(client.calls).toHaveLength(2);
  });

  it('does not hand an answer to another call, nor to another client', async () => {
    const client = createFakeClient({
      'log.day': () => ({}) as never,
      'offices.list': () => offices,
    });
    const other = createFakeClient({ 'log.day': () => ({}) as never });
    callEarly(client, 'log.day', { date: '2026-11-30', threads: 50, counts: false }, 'log');
    await takeOrCall(client, 'log.day', { date: '2026-11-29', threads: 50, counts: false });
    await takeOrCall(other, 'log.day', { date: '2026-11-30', threads: 50, counts: false });
    expect(client.calls.map((call) => call.input)).toEqual([
      { date: '2026-11-30', threads: 50, counts: false },
      { date: '2026-11-29', threads: 50, counts: false },
    ]);
    expect(other.calls).toHaveLength(1);
  });

  it('drops an answer when its entity changes before the screen takes it', async () => {
    const client = createFakeClient({ 'offices.list': () => offices });
    callEarly(client, 'offices.list', {}, 'office');
    client.emit('record.changed', { entity: 'case', ids: ['x:1'], origin: 'remote' });
    client.emit('record.changed', { entity: 'office', ids: ['jh-dhanbad'], origin: 'remote' });
    await takeOrCall(client, 'offices.list', {});
    expect(client.calls).toHaveLength(2);
  });

  it('drops an answer nobody took once it has arrived, so no later load reads it', async () => {
    const client = createFakeClient({ 'offices.list': () => offices });
    callEarly(client, 'offices.list', {}, 'office');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await takeOrCall(client, 'offices.list', {});
    expect(client.calls).toHaveLength(2);
  });
});
