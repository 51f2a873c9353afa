import { afterEach, describe, expect, it } from 'vitest';
import type { HitView } from '../../shared/api/lookoutContract';
import type { Change } from '../../shared/domain/change';
import { syntheticPortrait } from '../photos/syntheticPhoto';
import { photosOf } from '../sync/photoTransfer';
import { tempNode } from '../testing/tempCore';
import { peerOffice } from '../testing/peerOffice';
import { caseInputFor, lookoutInputFor, suspectInputFor } from './lookoutTestKit';

const now = Date.UTC(2026, 11, 1, 6);
const clock = { now: () => now };

async function node() {
  const made = await tempNode(clock);
  cleanups.push(made.cleanup);
  const raised = () =>
    made.events
      .filter((event) => event.event === 'hit.raised')
      .map((event) => event.payload as HitView);
  return { ...made, raised };
}

const entryFields = {
  category: 'information' as const,
  urgent: false,
  replyTo: null,
  caseIds: [],
  suspectIds: [],
  vehicles: [],
  photos: [],
  addressedTo: [],
  dueAt: null,
  memoNumber: '',
  incomingOperator: '',
};

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('lookouts and hits on one office', () => {
  it('a suspect written in Devanagari matches a lookout written in Latin: a hit with reasons and a banner', async () => {
    const { api, raised } = await node();
    const { id: lookoutId } = await api['lookouts.raise'](lookoutInputFor(now));
    const { id: suspectId } = await api['suspects.create'](
      suspectInputFor({ name: 'मो. रबीउल शेख', fatherName: 'अब्दुल शेख', age: 33 }),
    );
    const hits = await api['hits.list']({ limit: 10 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      lookoutId,
      matchEntity: 'suspect',
      matchId: suspectId,
      reply: null,
    });
    expect(hits[0]?.reasons).toEqual(expect.arrayContaining(['name', 'fatherName', 'age']));
    expect(raised().map((hit) => hit.matchId)).toEqual([suspectId]);
    const [lookout] = await api['lookouts.list']({});
    expect(lookout).toMatchObject({ id: lookoutId, state: 'active', openHits: 1 });
    // The notice is in the coordination log too, and is not taken for a sighting of itself.
    const notice = await api['log.thread']({ id: `${lookoutId}-notice` });
    expect(notice[0]).toMatchObject({ category: 'lookout' });
    expect(notice[0]?.text).toContain('WANTED: Md. Rabiul Sheikh');
  });

  it('a vehicle written another way in a log entry, a phone in a case summary and a name in a sighting are hits', async () => {
    const { api } = await node();
    const { id: onVehicle } = await api['lookouts.raise'](
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle: 'JH10AB1234' }),
    );
    const { id: onPhone } = await api['lookouts.raise'](
      lookoutInputFor(now, { target: 'phone', name: '', phone: '+91 98765 43210' }),
    );
    const entry = await api['log.post']({
      ...entryFields,
      text: 'Black Pulsar JH-10 AB 1234 seen near Kumardhubi',
    });
    const { id: caseId } = await api['cases.create'](
      caseInputFor({ summary: 'Ransom call from 09876543210' }),
    );
    const { id: onName } = await api['lookouts.raise'](lookoutInputFor(now));
    const sighting = await api['log.post']({
      ...entryFields,
      text: 'Informer: रबीउल शेख, s/o Abdul, was at Kumardhubi station this morning.',
    });
    const hits = await api['hits.list']({ limit: 10 });
    expect(hits.map((hit) => [hit.lookoutId, hit.matchId, hit.reasons])).toEqual(
      expect.arrayContaining([
        [onVehicle, entry.id, ['vehicle']],
        [onPhone, caseId, ['phone']],
        [onName, sighting.id, ['name']],
      ]),
    );
    expect(hits).toHaveLength(3);
  });

  it('no hit on the lookout’s own suspect, a different person, or a withdrawn or expired lookout', async () => {
    const { api } = await node();
    const { id: subject } = await api['suspects.create'](
      suspectInputFor({ name: 'Rabiul Sheikh', fatherName: 'Abdul Sheikh', age: 32 }),
    );
    await api['lookouts.raise'](lookoutInputFor(now, { suspectId: subject, name: '' }));
    await api['suspects.update']({ id: subject, fields: { marks: 'Mole on chin' } });
    // Same name, a father of another name and a generation apart: a different person.
    await api['suspects.create'](
      suspectInputFor({ name: 'Rabiul Sheikh', fatherName: 'Mohan Das', age: 60 }),
    );
    const { id: withdrawn } = await api['lookouts.raise'](
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle: 'WB-44-C-9999' }),
    );
    await api['lookouts.withdraw']({ id: withdrawn, reason: 'recovered' });
    await api['lookouts.raise'](
      lookoutInputFor(now, {
        target: 'phone',
        name: '',
        phone: '9000000001',
        validFrom: now - 40 * 86_400_000,
        validUntil: now - 86_400_000,
      }),
    );
    await api['cases.create'](caseInputFor({ summary: 'WB44C9999 and 9000000001 seen' }));
    expect(await api['hits.list']({ limit: 10 })).toEqual([]);
    const states = (await api['lookouts.list']({})).map((lookout) => lookout.state).sort();
    expect(states).toEqual(['active', 'expired', 'withdrawn']);
  });

  it('a lookout raised on a suspect copies its particulars, and a new lookout finds records already here', async () => {
    const { api } = await node();
    const { id: other } = await api['suspects.create'](
      suspectInputFor({ name: 'রবিউল শেখ', fatherName: 'আব্দুল শেখ', phones: ['9876543210'] }),
    );
    const { id: subject } = await api['suspects.create'](
      suspectInputFor({
        name: 'Rabiul Sk',
        fatherName: 'Abdul Shaikh',
        age: 32,
        marks: 'Scar on left cheek',
      }),
    );
    const { id } = await api['lookouts.raise'](
      lookoutInputFor(now, { suspectId: subject, name: '', fatherName: '', age: null }),
    );
    const [lookout] = await api['lookouts.list']({});
    expect(lookout).toMatchObject({ id, name: 'Rabiul Sk', fatherName: 'Abdul Shaikh' });
    expect(lookout?.particulars).toContain('Scar on left cheek');
    expect(
      (await api['hits.list']({ lookoutId: id, limit: 10 })).map((hit) => hit.matchId),
    ).toEqual([other]);
  });

  it('an edited lookout is compared again with the records already here', async () => {
    const { api, raised } = await node();
    const { id: caseId } = await api['cases.create'](
      caseInputFor({ summary: 'Motorcycle WB-38-AB-4321 used in the snatching' }),
    );
    const { id } = await api['lookouts.raise'](
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle: 'JH10AB1234' }),
    );
    expect(await api['hits.list']({ limit: 10 })).toEqual([]);
    // The first number was written wrong; corrected, the case already held is a hit.
    await api['lookouts.update']({ id, fields: { vehicle: 'WB38AB4321' } });
    const hits = await api['hits.list']({ lookoutId: id, limit: 10 });
    expect(hits.map((hit) => [hit.matchId, hit.reasons])).toEqual([[caseId, ['vehicle']]]);
    expect(raised().map((hit) => hit.matchId)).toEqual([caseId]);
    // Editing it again raises no second hit while the first awaits its reply.
    await api['lookouts.update']({ id, fields: { action: 'Detain and inform Dhanbad' } });
    expect(await api['hits.list']({ lookoutId: id, limit: 10 })).toHaveLength(1);
    // Nor once it is answered: neither its action nor its validity edited brings the case back.
    const [hit] = await api['hits.list']({ lookoutId: id, limit: 10 });
    await api['hits.reply']({ hitId: hit?.id ?? '', verdict: 'located', note: '' });
    await api['lookouts.update']({ id, fields: { action: 'Seize the motorcycle' } });
    await api['lookouts.update']({ id, fields: { validUntil: now + 20 * 86_400_000 } });
    expect(await api['hits.list']({ lookoutId: id, limit: 10 })).toHaveLength(1);
    expect(raised()).toHaveLength(1);
  });

  it('bad lookouts are refused with the field named, and nothing is written', async () => {
    const { api } = await node();
    await expect(
      api['lookouts.raise'](lookoutInputFor(now, { target: 'vehicle', name: '', vehicle: '' })),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'vehicle' } });
    await expect(
      api['lookouts.raise'](lookoutInputFor(now, { validUntil: now - 2 * 86_400_000 })),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'validUntil' } });
    await expect(async () =>
      api['lookouts.raise']({ ...lookoutInputFor(now), vehicle: 'not a number' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    expect(await api['lookouts.list']({})).toEqual([]);
  });

  it('the issuing office replies; "not the same person" stops that pair for good, other replies let it raise again', async () => {
    const { api } = await node();
    const { id: lookoutId } = await api['lookouts.raise'](lookoutInputFor(now));
    const { id: first } = await api['suspects.create'](suspectInputFor({ name: 'Rabiul Sheikh' }));
    const { id: second } = await api['suspects.create'](suspectInputFor({ name: 'Rabiul Shaikh' }));
    // A hit awaiting its reply is not raised twice.
    await api['suspects.update']({ id: first, fields: { marks: 'tattoo' } });
    const byMatch = async (matchId: string) =>
      (await api['hits.list']({ lookoutId, limit: 50 })).filter((hit) => hit.matchId === matchId);
    expect(await byMatch(first)).toHaveLength(1);
    const [firstHit] = await byMatch(first);
    const [secondHit] = await byMatch(second);
    await api['hits.reply']({ hitId: firstHit?.id ?? '', verdict: 'not_same_person', note: '' });
    await api['hits.reply']({
      hitId: secondHit?.id ?? '',
      verdict: 'cannot_act',
      note: 'no force',
    });
    await api['suspects.update']({ id: first, fields: { marks: 'tattoo on arm' } });
    await api['suspects.update']({ id: second, fields: { marks: 'tattoo on arm' } });
    expect(await byMatch(first)).toHaveLength(1);
    expect((await byMatch(first))[0]?.reply).toMatchObject({ verdict: 'not_same_person' });
    expect(await byMatch(second)).toHaveLength(2);
  });

  it('only the issuing office replies to a hit or edits its lookout', async () => {
    const { api, context } = await node();
    const peer = peerOffice(context, 'wb-adpc');
    const lookoutId = 'wb-adpc:lookout1';
    peer.write([
      {
        entity: 'lookout',
        recordId: lookoutId,
        op: 'create',
        body: {
          fields: {
            ...lookoutInputFor(now),
            withdrawn: false,
            withdrawnReason: '',
          },
        },
      },
    ]);
    await api['suspects.create'](suspectInputFor({ name: 'Rabiul Sheikh' }));
    const [hit] = await api['hits.list']({ limit: 10 });
    expect(hit).toMatchObject({ lookoutId, lookoutOfficeId: 'wb-adpc' });
    await expect(
      api['hits.reply']({ hitId: hit?.id ?? '', verdict: 'not_same_person', note: '' }),
    ).rejects.toMatchObject({ code: 'NOT_OWNER' });
    await expect(api['lookouts.withdraw']({ id: lookoutId, reason: '' })).rejects.toMatchObject({
      code: 'NOT_OWNER',
    });
    expect((await api['lookouts.list']({}))[0]).toMatchObject({ withdrawn: false, openHits: 1 });
  });

  it('a lookout on a suspect with a photo prints the photo, and sync fetches it with the lookout', async () => {
    const { api, context } = await node();
    const photo = await api['photos.add']({
      data: (await syntheticPortrait(3, { width: 200, height: 260 })).toString('base64'),
    });
    const { id: subject } = await api['suspects.create'](
      suspectInputFor({ name: 'Rabiul Sheikh', photos: [photo.hash], primaryPhoto: photo.hash }),
    );
    const { id } = await api['lookouts.raise'](
      lookoutInputFor(now, { suspectId: subject, name: '', fatherName: '', age: null }),
    );
    const { html } = await api['lookouts.notice']({ id, language: 'hi' });
    expect(html).toMatch(/<img class="photo" src="data:image\/(jpeg|webp|png);base64,/);
    const created = context.store.db
      .prepare("SELECT entity, op, body FROM changes WHERE entity = 'lookout' AND record_id = ?")
      .get(id) as { entity: 'lookout'; op: 'create'; body: string };
    expect(
      photosOf({ ...created, body: JSON.parse(created.body) as Change['body'] } as Change),
    ).toEqual([photo.hash]);
  });

  it('prints a one-page notice in English and Bengali with the reward in lakh', async () => {
    const { api } = await node();
    const { id } = await api['lookouts.raise'](lookoutInputFor(now, { reward: 200_000 }));
    const { html } = await api['lookouts.notice']({ id, language: 'bn' });
    expect(html).toContain('WANTED / ওয়ান্টেড');
    expect(html).toContain('Lookout notice / লুকআউট নোটিস');
    expect(html).toContain('₹2 lakh');
    expect(html).toContain('Md. Rabiul Sheikh');
    expect(html).toContain('@page{size:A4');
  });
});
