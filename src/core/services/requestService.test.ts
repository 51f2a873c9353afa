import { afterEach, describe, expect, it } from 'vitest';
import { logExtraDefaults } from '../../shared/domain/recordExtras';
import { openStore } from '../db/store';
import { peerOffice } from '../testing/peerOffice';
import { suspectInput } from '../testing/suspectFixture';
import { tempNode, testKdf, testPassphrase } from '../testing/tempCore';

const hour = 3_600_000;
const request = {
  category: 'request' as const,
  text: 'Please verify the address and share the CDR.',
  urgent: false,
  replyTo: null,
  caseIds: [],
  suspectIds: [],
  vehicles: [],
  photos: [],
  ...logExtraDefaults,
};

describe('requests with due times, and the shift handover', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function node() {
    let now = Date.UTC(2026, 0, 10, 6, 0);
    const created = await tempNode({ now: () => now });
    cleanups.push(created.cleanup);
    return { ...created, advance: (ms: number) => (now += ms), now: () => now };
  }

  it('shows a request overdue per office until each answers or closes it, or the sender closes it', async () => {
    const { api, context, advance, now } = await node();
    const adpc = peerOffice(context, 'wb-adpc');
    const purulia = peerOffice(context, 'wb-purulia');
    const posted = await api['log.post']({
      ...request,
      addressedTo: ['wb-adpc', 'wb-purulia'],
      memoNumber: 'Memo 211/CR',
      dueAt: now() + 2 * hour,
    });
    expect(posted).toMatchObject({
      memoNumber: 'Memo 211/CR',
      addressedTo: ['wb-adpc', 'wb-purulia'],
    });
    expect((await api['log.overdue']({})).requests).toEqual([]);
    advance(3 * hour);
    let overdue = await api['log.overdue']({});
    expect(overdue.perOffice).toEqual({ 'wb-adpc': 1, 'wb-purulia': 1 });
    expect(overdue.oursWaiting).toBe(1);
    adpc.write([
      {
        entity: 'log',
        recordId: 'wb-adpc:reply-1',
        op: 'create',
        body: {
          fields: {
            ...request,
            category: 'reply',
            text: 'Verified.',
            replyTo: posted.id,
            at: now(),
          },
        },
      },
    ]);
    overdue = await api['log.overdue']({});
    expect(overdue.perOffice).toEqual({ 'wb-purulia': 1 });
    purulia.write([
      {
        entity: 'log',
        recordId: posted.id,
        op: 'add',
        body: { field: 'closes', value: 'wb-purulia' },
      },
    ]);
    expect((await api['log.overdue']({})).requests).toEqual([]);
  });

  it('lets the sender close a request for everyone, and refuses one office closing it for another', async () => {
    const { api, context, advance, now } = await node();
    const posted = await api['log.post']({
      ...request,
      addressedTo: ['wb-adpc'],
      dueAt: now() + hour,
    });
    advance(2 * hour);
    const adpc = peerOffice(context, 'wb-adpc');
    // Another office tries to close the request in the name of a third: refused.
    expect(() =>
      adpc.write([
        {
          entity: 'log',
          recordId: posted.id,
          op: 'add',
          body: { field: 'closes', value: 'wb-purulia' },
        },
      ]),
    ).toThrow(expect.objectContaining({ code: 'NOT_OWNER' }));
    expect((await api['log.overdue']({})).perOffice).toEqual({ 'wb-adpc': 1 });
    await api['log.close']({ id: posted.id });
    expect((await api['log.overdue']({})).requests).toEqual([]);
  });

  it('answers anew once a write (here or on another connection) or the clock passing a due time changes what is overdue', async () => {
    const { api, context, advance, now } = await node();
    const first = await api['log.post']({
      ...request,
      addressedTo: ['wb-adpc'],
      dueAt: now() + hour,
    });
    const second = await api['log.post']({
      ...request,
      addressedTo: ['wb-adpc'],
      dueAt: now() + 2 * hour,
    });
    const waiting = async () => (await api['log.overdue']({})).perOffice['wb-adpc'] ?? 0;
    advance(hour);
    expect(await waiting()).toBe(0);
    advance(1);
    expect(await waiting()).toBe(1);
    expect(await waiting()).toBe(1);
    advance(hour);
    expect(await waiting()).toBe(2);
    await api['log.close']({ id: second.id });
    expect(await waiting()).toBe(1);
    const other = await openStore({
      dbPath: context.store.dbPath,
      kdf: testKdf,
      unlock: { passphrase: testPassphrase },
    });
    try {
      other.db.prepare('UPDATE log_entries SET deleted = 1 WHERE id = ?').run(first.id);
    } finally {
      other.close();
    }
    expect(await waiting()).toBe(0);
  });

  it('keeps its answer through writes it does not read, and answers anew on those it does', async () => {
    const { api, context, advance, now } = await node();
    const adpc = peerOffice(context, 'wb-adpc');
    const posted = await api['log.post']({
      ...request,
      addressedTo: ['wb-adpc'],
      dueAt: now() + hour,
    });
    advance(2 * hour);
    const kept = await api['log.overdue']({});
    expect(kept.perOffice).toEqual({ 'wb-adpc': 1 });
    // A suspect saved and a plain log line posted: nothing the answer reads.
    await api['suspects.create']({ ...suspectInput, name: 'Ramesh Mahato' });
    await api['log.post']({ ...request, category: 'information', text: 'Patrol at Chirkunda.' });
    expect(await api['log.overdue']({})).toBe(kept);
    // An acknowledgement of the request is shown in its listing: a new answer.
    adpc.write([
      { entity: 'log', recordId: posted.id, op: 'add', body: { field: 'acks', value: 'wb-adpc' } },
    ]);
    const acknowledged = await api['log.overdue']({});
    expect(acknowledged).not.toBe(kept);
    expect(acknowledged.requests[0]?.entry.acks).toContain('wb-adpc');
    // So is the sender's new name, and a reply.
    context.store.db
      .prepare('UPDATE operators SET name = ? WHERE id = ?')
      .run('Renamed Operator', context.session.operatorId);
    const renamed = await api['log.overdue']({});
    expect(renamed.requests[0]?.entry.operatorName).toContain('Renamed Operator');
    adpc.write([
      {
        entity: 'log',
        recordId: 'wb-adpc:reply-2',
        op: 'create',
        body: {
          fields: { ...request, category: 'reply', text: 'Done.', replyTo: posted.id, at: now() },
        },
      },
    ]);
    expect((await api['log.overdue']({})).perOffice).toEqual({});
  });

  it('hands over open requests, active urgent entries and unacknowledged items, recording the incoming operator', async () => {
    const { api, context, now } = await node();
    await api['log.post']({ ...request, addressedTo: ['wb-adpc'], dueAt: now() + hour });
    peerOffice(context, 'wb-adpc').write([
      {
        entity: 'log',
        recordId: 'wb-adpc:lookout-1',
        op: 'create',
        body: {
          fields: {
            ...request,
            category: 'lookout',
            urgent: true,
            text: 'Lookout: white Bolero',
            at: now(),
          },
        },
      },
    ]);
    const handover = await api['log.handover']({ incomingOperator: 'HC Birsa Munda', text: '' });
    expect(handover.entry).toMatchObject({
      category: 'handover',
      incomingOperator: 'HC Birsa Munda',
      at: now(),
    });
    expect(handover.openRequests).toHaveLength(1);
    expect(handover.urgent.map((entry) => entry.id)).toEqual(['wb-adpc:lookout-1']);
    expect(handover.unacknowledged.map((entry) => entry.id)).toEqual(['wb-adpc:lookout-1']);
    await api['log.ack']({ id: 'wb-adpc:lookout-1' });
    const next = await api['log.handover']({ incomingOperator: 'ASI Tapan Mondal', text: '' });
    expect(next.unacknowledged).toEqual([]);
  });
});
