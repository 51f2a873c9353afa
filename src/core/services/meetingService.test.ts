import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addWantedAccused,
  asansolOffice,
  bundleNode,
  introduce,
  kulti,
  suspect,
  type TestNode,
} from '../bundles/bundleTestKit';
import { lookoutInputFor } from './lookoutTestKit';

const puruliaOffice = {
  ...asansolOffice,
  id: 'wb-purulia',
  nameEn: 'Purulia District Police',
  nameHi: 'पुरुलिया जिला पुलिस',
  nameBn: 'পুরুলিয়া জেলা পুলিশ',
  district: 'Purulia',
  policeStations: ['Jhalda'],
};
const day = 86_400_000;
let dhanbad: TestNode;
let asansol: TestNode;
let purulia: TestNode;

/** Each node takes in what the others hold, as after a round of sync. */
function syncAll() {
  for (const from of [dhanbad, asansol, purulia])
    for (const to of [dhanbad, asansol, purulia]) if (from !== to) introduce(from, to);
}

describe('meeting mode', () => {
  beforeAll(async () => {
    dhanbad = await bundleNode();
    asansol = await bundleNode(asansolOffice, 'Arup Ghosh');
    purulia = await bundleNode(puruliaOffice, 'Mita Mahato');
    await addWantedAccused(dhanbad);
    await dhanbad.api['cases.create']({ ...kulti, firNumber: '7', lane: 'charge_sheeted' });
    await asansol.api['suspects.create']({
      ...suspect,
      name: 'বিকাশ মণ্ডল',
      status: 'judicial_custody',
    });
    const now = Date.now();
    await asansol.api['lookouts.raise'](lookoutInputFor(now, { name: 'Sheikh Rabiul' }));
    const { id: withdrawn } = await asansol.api['lookouts.raise'](
      lookoutInputFor(now, { name: 'Withdrawn Person' }),
    );
    await asansol.api['lookouts.withdraw']({ id: withdrawn, reason: 'Arrested at Kulti' });
    await asansol.api['lookouts.raise'](
      lookoutInputFor(now, {
        name: 'Expired Person',
        validUntil: now - day,
        validFrom: now - 9 * day,
      }),
    );
    await purulia.api['lookouts.raise'](lookoutInputFor(now, { name: 'Purulia Only' }));
    syncAll();
  });
  afterAll(() => {
    for (const node of [dhanbad, asansol, purulia]) node.cleanup();
  });

  it('draws the joint agenda and the exchanged lists from both sides', async () => {
    const agenda = await dhanbad.api['meeting.agenda']({ offices: ['wb-asansol'] });
    expect(agenda.offices).toEqual(['jh-dhanbad', 'wb-asansol']);
    expect(agenda.unsolvedCases.map((item) => item.firNumber)).toEqual(['112']);
    expect(agenda.wanted.map((person) => person.name)).toEqual(['रमेश महतो']);
    // Open lookouts of the offices present: not withdrawn, not expired, not another office's.
    expect(agenda.lookouts.map((lookout) => [lookout.officeId, lookout.name])).toEqual([
      ['wb-asansol', 'Sheikh Rabiul'],
    ]);
    expect(agenda.newSuspects.map((person) => person.name).sort()).toEqual(
      ['বিকাশ মণ্ডল', 'रमेश महतो'].sort(),
    );
    const lists = await dhanbad.api['meeting.lists']({ offices: ['wb-asansol'] });
    expect(lists.historySheeters).toMatchObject([
      { name: 'रमेश महतो', policeStation: 'Nirsa', historySheetNumber: 'HS 41/2019' },
    ]);
    expect(lists.activeCriminals.map((person) => person.name)).toEqual(['रमेश महतो']);
    await expect(dhanbad.api['meeting.agenda']({ offices: ['wb-nowhere'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses an unknown office (NOT_FOUND, naming it) before writing anything', async () => {
    const changes = dhanbad.context.store.db.prepare('SELECT count(*) FROM changes').pluck();
    const before = changes.get();
    const refusal = { code: 'NOT_FOUND', details: { entity: 'office', id: 'wb-nowhere' } };
    const offices = ['wb-asansol', 'wb-nowhere'];
    await expect(dhanbad.api['meeting.lists']({ offices })).rejects.toMatchObject(refusal);
    await expect(
      dhanbad.api['meeting.minute']({ offices, text: 'Minutes nobody should see' }),
    ).rejects.toMatchObject(refusal);
    for (const [at, owner] of [
      [offices, 'wb-asansol'],
      [['wb-asansol'], 'wb-nowhere'],
    ] as const)
      await expect(
        dhanbad.api['meeting.decide']({ offices: [...at], text: 'A task', owner, dueAt: 0 }),
      ).rejects.toMatchObject(refusal);
    expect(changes.get()).toBe(before);
  });

  it('records minutes, and a decision becomes a task on its owner’s list until done', async () => {
    const minute = await dhanbad.api['meeting.minute']({
      offices: ['wb-asansol'],
      text: 'Joint meeting at Kulti: lists exchanged.',
    });
    expect(minute).toMatchObject({
      category: 'meeting',
      addressedTo: ['jh-dhanbad', 'wb-asansol'],
    });
    const task = await dhanbad.api['meeting.decide']({
      offices: ['wb-asansol'],
      text: 'Verify the address of Ramesh Mahato in Kulti',
      owner: 'wb-asansol',
      dueAt: Date.now() + 3 * day,
    });
    expect(task).toMatchObject({ owner: 'wb-asansol', done: false, mayClose: true });
    await expect(
      dhanbad.api['meeting.decide']({
        offices: ['wb-asansol'],
        text: 'A task for an office not at the meeting',
        owner: 'wb-purulia',
        dueAt: Date.now(),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    syncAll();
    const owned = await asansol.api['tasks.open']({});
    expect(owned.map((open) => open.entry.id)).toEqual([task.entry.id]);
    expect(await purulia.api['tasks.open']({})).toEqual([]);
    await asansol.api['tasks.done']({ id: task.entry.id });
    expect(await asansol.api['tasks.open']({})).toEqual([]);
    syncAll();
    expect(await dhanbad.api['tasks.open']({})).toEqual([]);
  });

  it('attack: a third office cannot mark another office’s task done', async () => {
    const task = await dhanbad.api['meeting.decide']({
      offices: ['wb-asansol'],
      text: 'Share the call records of 9431000000',
      owner: 'wb-asansol',
      dueAt: Date.now() + day,
    });
    syncAll();
    await expect(purulia.api['tasks.done']({ id: task.entry.id })).rejects.toMatchObject({
      code: 'NOT_OWNER',
    });
    // Past the service: Purulia signs a close of its own (which any office may write, for
    // itself) and tries one in Asansol's name (refused by the change path's rule).
    const operator = purulia.context.session.operatorId;
    const close = (value: string) =>
      purulia.context.changeLog.write(
        [{ entity: 'log', recordId: task.entry.id, op: 'add', body: { field: 'closes', value } }],
        operator,
      );
    close('wb-purulia');
    expect(() => close('wb-asansol')).toThrow(expect.objectContaining({ code: 'NOT_OWNER' }));
    syncAll();
    for (const node of [dhanbad, asansol]) {
      const open = await node.api['tasks.open']({});
      expect(open.map((item) => item.entry.id)).toContain(task.entry.id);
      expect(open.find((item) => item.entry.id === task.entry.id)?.entry.closes).toEqual([
        'wb-purulia',
      ]);
    }
  });
});
