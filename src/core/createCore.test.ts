import { caseExtraDefaults } from '../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './api/dispatch';
import { dhanbadOffice, tempCore, testPassphrase } from './testing/tempCore';

const robbery = {
  policeStation: 'Nirsa',
  firNumber: '112',
  firYear: 2026,
  sections: ['BNS 309(4)', 'Arms Act 25'],
  crimeHead: 'robbery' as const,
  occurredAt: Date.UTC(2026, 10, 20, 18, 30),
  place: 'NH-19 near Nirsa bazar',
  propertyValue: 1_250_000,
  mo: 'Bike-borne, firearms shown',
  summary: 'Petrol pump robbery',
  lane: 'registered' as const,
  priority: 'high' as const,
  sharing: 'network' as const,
  ...caseExtraDefaults,
};

describe('core session and cases', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('creates a node, records a case as a change, and reads it back after lock and unlock', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    const { core } = node;
    expect(node.nodeId).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    const status = await core.api['session.status']({});
    expect(status).toMatchObject({
      state: 'unlocked',
      office: { id: 'jh-dhanbad', nameHi: dhanbadOffice.nameHi },
    });
    expect(status.operator?.name).toBe('Sunita Kumari');

    const { id } = await core.api['cases.create'](robbery);
    await core.api['cases.update']({ id, fields: { lane: 'under_investigation' } });
    const stats = await core.api['stats.get']({});
    expect(stats.counts.cases).toBe(1);
    expect(stats.changes).toBe(3 + 2); // office, node, operator; then create and move

    await core.api['session.lock']({});
    await expect(core.api['stats.get']({})).rejects.toMatchObject({
      code: 'LOCKED',
    });
    await expect(
      core.api['session.unlock']({ passphrase: 'not the passphrase' }),
    ).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await core.api['session.unlock']({ passphrase: testPassphrase });
    const detail = await core.api['cases.detail']({ id });
    expect(detail).toMatchObject({ id, lane: 'under_investigation', firNumber: '112' });
  });

  it('unlocks with the printed recovery key, typed loosely', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    await node.core.api['session.lock']({});
    const typed = node.recoveryKey.toLowerCase().replaceAll('-', ' ');
    const status = await node.core.api['session.unlock']({ recoveryKey: typed });
    expect(status.state).toBe('unlocked');
  });

  it('validates input at the boundary and names the field', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    const result = await dispatch(node.core.api, 'cases.create', { ...robbery, propertyValue: -5 });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        details: expect.objectContaining({ field: 'propertyValue' }),
      }),
    });
    const huge = await dispatch(node.core.api, 'cases.create', {
      ...robbery,
      place: 'x'.repeat(10_000_000),
    });
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'place' } },
    });
    expect((await node.core.api['stats.get']({})).counts.cases).toBe(0);
    expect(await dispatch(node.core.api, 'no.such.method', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('emits record.changed for local writes', async () => {
    const node = await tempCore();
    cleanups.push(node.cleanup);
    const seen: string[] = [];
    node.core.on('record.changed', (payload) => seen.push(`${payload.entity}:${payload.origin}`));
    await node.core.api['cases.create'](robbery);
    expect(seen).toEqual(['case:local']);
  });
});

describe('core on a workstation with an OS key store', () => {
  it('adds an OS key store slot at first run, and unlocks with it alone', async () => {
    const sealed = new Map<string, Buffer>();
    const osKeyStore = {
      isAvailable: () => true,
      encrypt: (plain: Buffer) => {
        const token = Buffer.from(`sealed-${sealed.size}`);
        sealed.set(token.toString(), Buffer.from(plain));
        return token;
      },
      decrypt: (token: Buffer) => {
        const plain = sealed.get(token.toString());
        if (!plain) throw new Error('not sealed here');
        return plain;
      },
    };
    const node = await tempCore({ osKeyStore });
    try {
      await node.core.api['session.lock']({});
      const locked = await node.core.api['session.status']({});
      expect(locked.unlockWith).toEqual(expect.arrayContaining(['passphrase', 'recovery', 'os']));
      const status = await node.core.api['session.unlock']({ osKeyStore: true });
      expect(status.state).toBe('unlocked');
    } finally {
      node.cleanup();
    }
  });
});
