import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/api/contract';
import { fakeOsKeyStore, temporaryDirectory, testKdf } from '../db/dbTestKit';
import { dhanbadOffice, testPassphrase } from '../testing/tempCore';
import type { CoreHost } from './coreHost';
import { startCoreWorker } from './startCoreWorker';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

function workerOn(options: { osKeyStore?: ReturnType<typeof fakeOsKeyStore> } = {}) {
  const { directory, remove } = temporaryDirectory('samanvay-worker-');
  const core = startCoreWorker({ dbPath: `${directory}/node.db`, kdf: testKdf, ...options });
  cleanups.push(remove, () => core.close());
  return core;
}

const init = (core: CoreHost) =>
  core.call('session.init', {
    office: dhanbadOffice,
    operator: { name: 'Sunita Kumari', rank: 'ASI' },
    passphrase: testPassphrase,
  });

function heard(core: CoreHost, event: EventName): unknown[] {
  const payloads: unknown[] = [];
  core.on(event, (payload) => payloads.push(payload));
  return payloads;
}

describe('startCoreWorker', () => {
  it('answers contract calls from a core in a worker thread, and forwards its events', async () => {
    const core = workerOn();
    const sessions = heard(core, 'session.changed');
    expect(await core.call('session.status', {})).toEqual({
      ok: true,
      result: { state: 'new', unlockWith: [] },
    });
    const created = await init(core);
    expect(created.ok).toBe(true);
    expect(sessions).toEqual([expect.objectContaining({ state: 'unlocked' })]);
    const status = await core.call('session.status', {});
    expect(status).toMatchObject({ ok: true, result: { state: 'unlocked' } });
  });

  it("validates every call with the contract in the worker: a bad input is the caller's error", async () => {
    const core = workerOn();
    expect(await core.call('session.unlock', { passphrase: 7 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await core.call('no.such.method', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await core.call('stats.get', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_INITIALISED' },
    });
  });

  it("unlocks with main's OS key store, asked across the thread boundary", async () => {
    const keyStore = fakeOsKeyStore();
    const core = workerOn({ osKeyStore: keyStore });
    expect((await init(core)).ok).toBe(true);
    expect(await core.call('session.lock', {})).toMatchObject({
      ok: true,
      result: { state: 'locked', unlockWith: expect.arrayContaining(['os']) },
    });
    expect(await core.call('session.unlock', { osKeyStore: true })).toMatchObject({
      ok: true,
      result: { state: 'unlocked' },
    });
    await core.call('session.lock', {});
    keyStore.available = false;
    expect(await core.call('session.unlock', { osKeyStore: true })).toMatchObject({
      ok: false,
      error: { code: 'OS_KEYSTORE_UNAVAILABLE' },
    });
  });

  it('answers INTERNAL, never hangs, once the worker is gone', async () => {
    const core = workerOn();
    await core.close();
    expect(await core.call('session.status', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});
