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
    expect(node.events.map((event) => event.event)).toEqual(['record.changed', 'lookout.urgent']);
    expect(node.events[1]?.payload).toMatchObject({
      id: 'wb-adpc:urgent-1',
      officeId: 'wb-adpc',
      urgent: true,
    });
  });
});
