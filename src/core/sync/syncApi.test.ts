import { caseExtraDefaults } from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../testing/tempCore';

type Temp = Awaited<ReturnType<typeof tempCore>>;
const open: Temp[] = [];
afterEach(() => {
  for (const temp of open.splice(0)) temp.cleanup();
});

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const sync = {
  listen: { host: '127.0.0.1', port: 0 },
  timing: { heartbeatMs: 100, deadAfterMs: 2000, ackTimeoutMs: 600 },
  backoff: { baseMs: 50, maxMs: 400 },
};

describe('the Sync screen’s calls', () => {
  it('pair two cores, show them online with nothing waiting, and carry a new case across', async () => {
    const a = await tempCore({ sync });
    const b = await tempCore({ sync });
    open.push(a, b);
    const listening = async (temp: Temp) => (await temp.core.api['sync.status']({})).listening;
    await until(async () => (await listening(a)) !== null && (await listening(b)) !== null);
    const remote: string[][] = [];
    b.core.on('record.changed', (payload) => {
      if (payload.origin === 'remote' && payload.entity === 'case') remote.push(payload.ids);
    });
    let syncEvents = 0;
    a.core.on('sync.changed', () => {
      syncEvents += 1;
    });

    const paired = await a.core.api['sync.pair']({
      nodeId: b.nodeId.toLowerCase(),
      officeId: 'jh-dhanbad',
      address: (await listening(b)) ?? '',
    });
    expect(paired).toMatchObject({ nodeId: b.nodeId, online: false });
    await b.core.api['sync.pair']({
      nodeId: a.nodeId,
      officeId: 'jh-dhanbad',
      address: (await listening(a)) ?? '',
    });
    await until(async () => (await a.core.api['sync.status']({})).peers[0]?.online === true);

    const { id } = await a.core.api['cases.create']({
      policeStation: 'Nirsa',
      firNumber: '77',
      firYear: 2026,
      sections: ['BNS 309(4)'],
      crimeHead: 'robbery' as const,
      occurredAt: 1_764_000_000_000,
      place: 'GT Road',
      propertyValue: 0,
      mo: '',
      summary: '',
      lane: 'registered',
      priority: 'normal',
      sharing: 'network',
      ...caseExtraDefaults,
    });
    await until(async () => remote.some((ids) => ids.includes(id)));
    await until(async () => (await a.core.api['sync.status']({})).peers[0]?.changesToSend === 0);
    const status = await a.core.api['sync.status']({});
    expect(status).toMatchObject({
      running: true,
      nodeId: a.nodeId,
      refusedConnections: 0,
      rejectedChanges: 0,
    });
    expect(status.peers[0]).toMatchObject({
      nodeId: b.nodeId,
      changesToReceive: 0,
      lastError: null,
    });
    expect(status.peers[0]?.bytesSent).toBeGreaterThan(0);
    expect(syncEvents).toBeGreaterThan(0);
    expect(await a.core.api['sync.log']({ limit: 10 })).toEqual([]);

    await expect(a.core.api['sync.unpair']({ nodeId: b.nodeId })).resolves.toEqual({
      nodeId: b.nodeId,
    });
    await until(async () => (await a.core.api['sync.status']({})).peers.length === 0);
    await expect(a.core.api['sync.unpair']({ nodeId: b.nodeId })).rejects.toMatchObject({
      code: 'PEER_NOT_FOUND',
    });
  });

  it('without sync, lists paired peers offline', async () => {
    const a = await tempCore();
    open.push(a);
    await a.core.api['sync.pair']({
      nodeId: 'ABCD-EFGH-JKMN-PQRS',
      officeId: 'wb-adpc',
      address: '10.8.0.2:7400',
    });
    const status = await a.core.api['sync.status']({});
    expect(status).toMatchObject({
      running: false,
      listening: null,
      peers: [{ nodeId: 'ABCD-EFGH-JKMN-PQRS', online: false }],
    });
  });
});
