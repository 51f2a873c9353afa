import {
  caseExtraDefaults,
  logExtraDefaults,
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticPortrait } from '../photos/syntheticPhoto';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';

const baseCase = {
  policeStation: 'Nirsa',
  firNumber: '112',
  firYear: 2026,
  sections: ['BNS 309(4)'],
  crimeHead: 'robbery' as const,
  occurredAt: Date.UTC(2026, 10, 20, 18, 30),
  place: 'NH-19 near Nirsa bazar',
  propertyValue: 1_250_000,
  mo: 'Bike-borne chain snatching',
  summary: '',
  lane: 'registered' as const,
  priority: 'high' as const,
  sharing: 'network' as const,
  ...caseExtraDefaults,
};

const baseSuspect = {
  name: 'रमेश महतो',
  fatherName: 'Gopal Mahato',
  age: 34,
  dateOfBirth: null,
  sex: 'male' as const,
  address: 'Kumardubi, Nirsa PS, Dhanbad',
  marks: 'mole on left cheek',
  heightCm: 170,
  build: 'thin',
  mo: 'Bike-borne chain snatching',
  gang: 'Nirsa highway gang',
  status: 'wanted' as const,
  reward: 10000,
  primaryPhoto: null,
  sharing: 'network' as const,
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  aliases: ['Kalua'],
  otherNames: ['Ramesh Mahato'],
  phones: ['+91 9876543210'],
  vehicles: ['jh10ab1234'],
  photos: [],
};

describe('screens services', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function node() {
    const created = await tempNode();
    cleanups.push(created.cleanup);
    return created;
  }

  it('shows cases in lanes, filters them, and moves the owner’s case as a recorded change', async () => {
    const { api } = await node();
    const { id } = await api['cases.create'](baseCase);
    await api['cases.create']({
      ...baseCase,
      firNumber: '113',
      policeStation: 'Chirkunda',
      mo: 'ATM loot',
    });
    const board = await api['cases.board']({ perLane: 10 });
    expect(board.lanes.registered.total).toBe(2);
    expect(
      (await api['cases.board']({ perLane: 10, policeStation: 'Chirkunda' })).lanes.registered
        .total,
    ).toBe(1);
    expect(
      (await api['cases.board']({ perLane: 10, mo: 'chain' })).lanes.registered.items.map(
        (c) => c.id,
      ),
    ).toEqual([id]);
    await api['cases.move']({ id, lane: 'charge_sheeted' });
    const moved = await api['cases.board']({ perLane: 10 });
    expect(moved.lanes.charge_sheeted.items.map((card) => card.id)).toEqual([id]);
    const detail = await api['cases.detail']({ id });
    expect(detail.history.map((entry) => entry.op)).toEqual(['create', 'update']);
    expect(detail.history[1]).toMatchObject({
      fields: { lane: 'charge_sheeted' },
      operatorName: 'ASI Sunita Kumari',
      officeId: 'jh-dhanbad',
    });
  });

  it('lets another office note and link but not move a case it does not own, and marks its updates', async () => {
    const { api, context } = await node();
    const peer = peerOffice(context, 'wb-adpc');
    peer.write([
      {
        entity: 'case',
        recordId: 'wb-adpc:peer-case-1',
        op: 'create',
        body: { fields: { ...baseCase, policeStation: 'Kulti' } },
      },
    ]);
    await expect(
      api['cases.move']({ id: 'wb-adpc:peer-case-1', lane: 'closed' }),
    ).rejects.toMatchObject({
      code: 'NOT_OWNER',
    });
    const note = await api['notes.add']({
      targetEntity: 'case',
      targetId: 'wb-adpc:peer-case-1',
      text: 'Accused seen at Chirkunda',
    });
    expect(note).toMatchObject({ officeId: 'jh-dhanbad', operatorName: 'ASI Sunita Kumari' });
    expect((await api['cases.detail']({ id: 'wb-adpc:peer-case-1' })).updatedByOther).toBe(false);
    peer.write([
      {
        entity: 'case',
        recordId: 'wb-adpc:peer-case-1',
        op: 'update',
        body: { fields: { lane: 'charge_sheeted' } },
      },
    ]);
    const card = (await api['cases.board']({ perLane: 5 })).lanes.charge_sheeted.items[0];
    expect(card).toMatchObject({
      id: 'wb-adpc:peer-case-1',
      updatedByOther: true,
      updatedByOffice: 'wb-adpc',
      officeId: 'wb-adpc',
    });
    await api['records.markSeen']({ entity: 'case', id: 'wb-adpc:peer-case-1' });
    expect((await api['cases.detail']({ id: 'wb-adpc:peer-case-1' })).updatedByOther).toBe(false);
  });

  it('keeps a dossier with photos, names in several scripts, status history and linked cases', async () => {
    const { api } = await node();
    const photo = await api['photos.add']({
      data: (await syntheticPortrait(3, { width: 300, height: 400 })).toString('base64'),
    });
    const { id } = await api['suspects.create']({ ...baseSuspect, photos: [photo.hash] });
    const { id: caseId } = await api['cases.create'](baseCase);
    await api['links.add']({ kind: 'suspect_case', fromId: id, toId: caseId, role: 'accused' });
    // A # suggestion names the case as police write it, with what the UI needs to translate it.
    expect(await api['mentions.search']({ kind: 'case', query: '112', limit: 5 })).toEqual([
      {
        id: caseId,
        kind: 'case',
        label: 'Nirsa PS Case No. 112/2026 · robbery',
        caseNumber: {
          policeStation: 'Nirsa',
          firNumber: '112',
          firYear: 2026,
          crimeHead: 'robbery',
        },
      },
    ]);
    await api['suspects.update']({ id, fields: { status: 'police_custody' } });
    const dossier = await api['suspects.detail']({ id });
    expect(dossier).toMatchObject({
      primaryPhoto: photo.hash,
      photos: [photo.hash],
      otherNames: ['Ramesh Mahato'],
      vehicles: ['JH-10-AB-1234'],
      cases: [expect.objectContaining({ id: caseId, role: 'accused' })],
    });
    expect(dossier.statusHistory.map((entry) => entry.status)).toEqual([
      'wanted',
      'police_custody',
    ]);
    expect((await api['photos.get']({ hash: photo.hash, size: 'full' })).dataUrl).toMatch(
      /^data:image\/jpeg;base64,/,
    );
    expect(
      (await api['cases.board']({ perLane: 5, hasSuspects: true })).lanes.registered.items[0]
        ?.suspects,
    ).toEqual([expect.objectContaining({ id, photo: photo.hash, role: 'accused' })]);
  });

  it('finds a possible same person filed under another script, and links them', async () => {
    const { api } = await node();
    const { id } = await api['suspects.create'](baseSuspect);
    const { id: other } = await api['suspects.create']({
      ...baseSuspect,
      name: 'রমেশ মাহাতো',
      otherNames: ['Ramesh Mahato'],
      aliases: [],
      vehicles: [],
      age: 35,
    });
    await api['suspects.create']({
      ...baseSuspect,
      name: 'Salim Ansari',
      otherNames: [],
      fatherName: 'Anwar Ansari',
      phones: [],
      vehicles: [],
      aliases: [],
      address: 'Kulti',
    });
    const matches = await api['suspects.similar']({ id, limit: 5 });
    expect(matches.map((match) => match.suspect.id)).toEqual([other]);
    expect(matches[0]?.reasons).toEqual(
      expect.arrayContaining(['name', 'fatherName', 'age', 'phone']),
    );
    await api['links.add']({
      kind: 'suspect_suspect',
      fromId: other,
      toId: id,
      role: 'same_person',
    });
    expect((await api['suspects.detail']({ id })).associates).toEqual([
      expect.objectContaining({ id: other, role: 'same_person' }),
    ]);
  });

  it('refuses a hostile image with a clear code and stores nothing', async () => {
    const { api, context } = await node();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await expect(api['photos.add']({ data: svg.toString('base64') })).rejects.toMatchObject({
      code: 'IMAGE_REJECTED',
    });
    expect(
      (context.store.db.prepare('SELECT count(*) AS n FROM photos').get() as { n: number }).n,
    ).toBe(0);
  });

  it('posts to the day’s log, threads replies, records acknowledgements and raises urgent lookouts', async () => {
    const { api, context, events } = await node();
    const peer = peerOffice(context, 'wb-adpc');
    const { id: suspectId } = await api['suspects.create'](baseSuspect);
    const lookout = await api['log.post']({
      category: 'lookout',
      text: 'Lookout for @Ramesh near Chirkunda',
      urgent: true,
      replyTo: null,
      caseIds: [],
      suspectIds: [suspectId],
      vehicles: ['JH 10 AB 1234'],
      photos: [],
      ...logExtraDefaults,
    });
    expect(lookout).toMatchObject({
      urgent: true,
      vehicles: ['JH-10-AB-1234'],
      suspectIds: [suspectId],
    });
    expect(events.filter((event) => event.event === 'lookout.urgent')).toHaveLength(1);
    peer.write([
      {
        entity: 'log',
        recordId: 'wb-adpc:reply-1',
        op: 'create',
        body: {
          fields: {
            at: lookout.at + 60_000,
            category: 'reply',
            text: 'Check post alerted',
            urgent: false,
            replyTo: lookout.id,
            caseIds: [],
            suspectIds: [],
            vehicles: [],
            photos: [],
          },
        },
      },
      { entity: 'log', recordId: lookout.id, op: 'add', body: { field: 'acks', value: 'wb-adpc' } },
    ]);
    await api['log.ack']({ id: lookout.id });
    const date = new Date(lookout.at + 5.5 * 3_600_000).toISOString().slice(0, 10);
    const day = (await api['log.day']({ date })).entries;
    expect(day.map((entry) => entry.id)).toEqual([lookout.id, 'wb-adpc:reply-1']);
    expect(day[0]).toMatchObject({ acks: ['jh-dhanbad', 'wb-adpc'], replyCount: 1 });
    expect((await api['log.thread']({ id: lookout.id })).map((entry) => entry.replyTo)).toEqual([
      null,
      lookout.id,
    ]);
    expect(await api['mentions.search']({ kind: 'suspect', query: 'ramesh', limit: 5 })).toEqual([
      expect.objectContaining({ id: suspectId, kind: 'suspect' }),
    ]);
  });
});
