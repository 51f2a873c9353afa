import { caseExtraDefaults } from '../shared/domain/recordExtras';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from './api/dispatch';
import { searchCompactionEveryMs, searchCompactionFirstAfterMs } from './changes/searchCompaction';
import { openStore, type Db } from './db/store';
import { dhanbadOffice, tempCore, testKdf, testPassphrase } from './testing/tempCore';

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

describe('core search compaction', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    vi.useRealTimers();
    cleanups.splice(0).forEach((cleanup) => cleanup());
  });

  /** Works on the locked node's database directly, as a second program would. */
  async function onDatabase(dbPath: string, work: (db: Db) => unknown): Promise<unknown> {
    const store = await openStore({ dbPath, kdf: testKdf, unlock: { passphrase: testPassphrase } });
    try {
      return work(store.db);
    } finally {
      store.close();
    }
  }

  const lastCompactionDue = (db: Db) =>
    db
      .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.lastCompaction', ?)")
      .run(String(start - 2 * searchCompactionEveryMs));
  const start = Date.UTC(2026, 0, 5, 4, 30);

  it('unlocks and searches when the compaction fails, and runs it only after the unlock', async () => {
    const node = await tempCore({ housekeeping: true, clock: { now: () => start } });
    cleanups.push(node.cleanup);
    const { core } = node;
    await core.api['cases.create'](robbery);
    await core.api['session.lock']({});
    await onDatabase(node.dbPath, (db) => {
      lastCompactionDue(db);
      // Any write of the compaction fails, as on a full disk.
      db.exec(
        "CREATE TRIGGER full BEFORE INSERT ON meta WHEN NEW.key = 'search.lastCompaction' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
      );
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await core.api['session.unlock']({ passphrase: testPassphrase });
    const found = await core.api['search.query']({ text: 'petrol pump', limit: 10 });
    expect(found.map((hit) => hit.kind)).toEqual(['case']);
    vi.advanceTimersByTime(searchCompactionFirstAfterMs);
    expect(await core.api['search.query']({ text: 'petrol pump', limit: 10 })).toHaveLength(1);
    await core.api['session.lock']({});
    expect(vi.getTimerCount()).toBe(0);
    const failed = await onDatabase(node.dbPath, (db) =>
      db.prepare("SELECT value FROM meta WHERE key = 'search.compactionFailed'").pluck().get(),
    );
    expect(failed).toBe(`${start} SQLITE_CONSTRAINT_TRIGGER`);
  });

  it('compacts in the background of a long-lived node only, and a lock cancels a pending one', async () => {
    const lastCompaction = (dbPath: string) =>
      onDatabase(dbPath, (db) =>
        db.prepare("SELECT value FROM meta WHERE key = 'search.lastCompaction'").pluck().get(),
      );
    for (const housekeeping of [true, false]) {
      const node = await tempCore({ housekeeping, clock: { now: () => start } });
      cleanups.push(node.cleanup);
      const { core } = node;
      // The first unlock builds the search index, and compacts it after: a rebuild's due.
      await core.api['session.lock']({});
      await core.api['session.unlock']({ passphrase: testPassphrase });
      await core.api['session.lock']({});
      await onDatabase(node.dbPath, lastCompactionDue);
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      await core.api['session.unlock']({ passphrase: testPassphrase });
      // The unlock itself never compacts.
      expect(vi.getTimerCount()).toBe(housekeeping ? 1 : 0);
      await core.api['session.lock']({});
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(searchCompactionFirstAfterMs);
      await core.api['session.unlock']({ passphrase: testPassphrase });
      vi.advanceTimersByTime(searchCompactionFirstAfterMs);
      core.close();
      vi.useRealTimers();
      expect(await lastCompaction(node.dbPath)).toBe(
        housekeeping ? String(start) : String(start - 2 * searchCompactionEveryMs),
      );
    }
  });
});
