import { afterEach, describe, expect, it } from 'vitest';
import { peerOffice } from '../testing/peerOffice';
import { suspectCreate, suspectInput } from '../testing/suspectFixture';
import { tempNode } from '../testing/tempCore';

describe('following a dossier', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('tells the follower of changes from another office and from another operator, not of their own', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const { api, context } = node;
    const adpc = peerOffice(context, 'wb-adpc');
    adpc.write([suspectCreate('wb-adpc:rabiul', { name: 'মোঃ রবিউল শেখ', age: 34 })]);
    const { id: own } = await api['suspects.create']({
      ...suspectInput,
      name: 'Md. Rabiul Sheikh',
    });

    expect(await api['follow.set']({ suspectId: 'wb-adpc:rabiul', following: true })).toEqual({
      following: true,
    });
    await api['follow.set']({ suspectId: own, following: true });
    expect(await api['follow.status']({ suspectId: own })).toEqual({ following: true });

    // The other office edits its dossier and adds an alias; this operator notes on it.
    adpc.write([
      {
        entity: 'suspect',
        recordId: 'wb-adpc:rabiul',
        op: 'update',
        body: { fields: { status: 'arrested' } },
      },
      {
        entity: 'suspect',
        recordId: 'wb-adpc:rabiul',
        op: 'add',
        body: { field: 'aliases', value: 'Rabiul SK' },
      },
    ]);
    await api['notes.add']({
      targetEntity: 'suspect',
      targetId: 'wb-adpc:rabiul',
      text: 'Seen at Kulti',
    });
    await api['suspects.update']({ id: own, fields: { age: 35 } });

    const { unread, notices } = await api['follow.notices']({ limit: 50 });
    expect(unread).toBe(2);
    expect(
      notices.map((notice) => [notice.officeId, notice.entity, notice.op, notice.fields]),
    ).toEqual([
      ['wb-adpc', 'suspect', 'add', ['aliases']],
      ['wb-adpc', 'suspect', 'update', ['status']],
    ]);
    expect(notices[0]?.suspectName).toBe('মোঃ রবিউল শেখ');

    // Another operator on this node writes: the first is told.
    await api['session.setOperator']({ name: 'Ratan Mahato', rank: 'SI' });
    await api['suspects.update']({ id: own, fields: { gang: 'Sheikh gang' } });
    await api['session.setOperator']({ name: 'Sunita Kumari', rank: 'ASI' });
    const after = await api['follow.notices']({ limit: 50 });
    expect(after.unread).toBe(3);
    expect(after.notices[0]).toMatchObject({
      suspectId: own,
      officeId: 'jh-dhanbad',
      fields: ['gang'],
    });

    expect(await api['follow.markRead']({ upTo: after.notices[0]?.id ?? 0 })).toEqual({
      unread: 0,
    });
    await api['follow.set']({ suspectId: 'wb-adpc:rabiul', following: false });
    adpc.write([
      {
        entity: 'suspect',
        recordId: 'wb-adpc:rabiul',
        op: 'update',
        body: { fields: { gang: 'x' } },
      },
    ]);
    expect((await api['follow.notices']({ limit: 50 })).unread).toBe(0);
  });

  it('refuses to follow a dossier that does not exist, and changes nothing', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    await expect(
      node.api['follow.set']({ suspectId: 'jh-dhanbad:nobody', following: true }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(node.context.store.db.prepare('SELECT count(*) FROM follows').pluck().get()).toBe(0);
  });
});
