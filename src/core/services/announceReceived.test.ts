import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/change';
import { tempNode } from '../testing/tempCore';
import { peerOffice } from '../testing/peerOffice';
import { announceReceived } from './announceReceived';

describe('announceReceived', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('raises the urgent-lookout event for an urgent lookout from another office, once per entry', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const fields = (urgent: boolean) => ({
      at: 1_764_400_000_000,
      category: 'lookout',
      text: urgent ? 'Armed gang crossing at Barakar tonight' : 'Routine lookout',
      urgent,
      replyTo: null,
      caseIds: [],
      suspectIds: [],
      vehicles: [],
      photos: [],
    });
    peerOffice(node.context, 'wb-adpc').write([
      { entity: 'log', recordId: 'wb-adpc:urgent-1', op: 'create', body: { fields: fields(true) } },
      { entity: 'log', recordId: 'wb-adpc:plain-1', op: 'create', body: { fields: fields(false) } },
    ]);
    node.events.length = 0;
    const received = ['wb-adpc:urgent-1', 'wb-adpc:plain-1'].map((recordId, index): Change => ({
      origin: 'PEER-0000-0000-0000',
      seq: index + 3,
      hlc: '000001764400000000.000000',
      office: 'wb-adpc',
      operator: 'x',
      entity: 'log',
      recordId,
      op: 'create',
      body: { fields: fields(recordId === 'wb-adpc:urgent-1') },
    }));
    announceReceived(node.context, received);
    expect(node.events.map((event) => event.event)).toEqual(['lookout.urgent']);
    await Promise.resolve();
    expect(node.events.map((event) => event.event)).toEqual(['lookout.urgent', 'record.changed']);
    expect(node.events[0]?.payload).toMatchObject({
      id: 'wb-adpc:urgent-1',
      officeId: 'wb-adpc',
      urgent: true,
    });
  });

  it('tells received commits of one job in one record.changed per entity kind, and local writes at once', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    node.events.length = 0;
    const change = (entity: 'case' | 'suspect', recordId: string): Change => ({
      origin: 'PEER-0000-0000-0000',
      seq: 1,
      hlc: '000001764400000000.000000',
      office: 'wb-adpc',
      operator: 'x',
      entity,
      recordId,
      op: 'update',
      body: { fields: {} },
    });
    for (let index = 0; index < 300; index += 1)
      announceReceived(node.context, [change('case', `wb-adpc:c${index % 200}`)]);
    announceReceived(node.context, [change('suspect', 'wb-adpc:s1')]);
    announceReceived(node.context, [change('case', 'wb-adpc:mine')], 'local');
    expect(node.events).toEqual([
      {
        event: 'record.changed',
        payload: { entity: 'case', ids: ['wb-adpc:mine'], origin: 'local' },
      },
    ]);
    await Promise.resolve();
    const remote = node.events.slice(1).map((event) => event.payload) as Array<{
      entity: string;
      ids: string[];
      origin: string;
    }>;
    expect(remote.map(({ entity, origin }) => `${entity}:${origin}`)).toEqual([
      'case:remote',
      'suspect:remote',
    ]);
    expect(new Set(remote[0]?.ids)).toEqual(
      new Set(Array.from({ length: 200 }, (_, index) => `wb-adpc:c${index}`)),
    );
    expect(remote[0]?.ids).toHaveLength(200);
    // A listener failing on one kind loses neither the others nor the process.
    const told: string[] = [];
    const failing = {
      ...node.context,
      emit: ((event: string, payload: { entity: string }) => {
        if (payload.entity === 'case') throw new Error('listener failed');
        told.push(`${event}:${payload.entity}`);
      }) as typeof node.context.emit,
    };
    announceReceived(failing, [change('case', 'wb-adpc:c1'), change('suspect', 'wb-adpc:s9')]);
    await Promise.resolve();
    expect(told).toEqual(['record.changed:suspect']);
    // The next job starts afresh.
    announceReceived(node.context, [change('suspect', 'wb-adpc:s2')]);
    await Promise.resolve();
    expect(node.events.at(-1)?.payload).toEqual({
      entity: 'suspect',
      ids: ['wb-adpc:s2'],
      origin: 'remote',
    });
  });
});
