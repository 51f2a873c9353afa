import { afterEach, describe, expect, it } from 'vitest';
import { peerOffice } from '../testing/peerOffice';
import { suspectCreate, suspectInput } from '../testing/suspectFixture';
import { tempNode } from '../testing/tempCore';

describe('duplicates across offices', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function setUp() {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const { api, context } = node;
    const { id: own } = await api['suspects.create']({
      ...suspectInput,
      name: 'Md. Rabiul Sheikh',
      fatherName: 'Habibul Sheikh',
      age: 34,
    });
    // The father has the son's surname: a hard negative.
    await api['suspects.create']({
      ...suspectInput,
      name: 'Habibul Sheikh',
      fatherName: 'Karim Sheikh',
      age: 61,
    });
    peerOffice(context, 'wb-adpc').write([
      suspectCreate('wb-adpc:rabiul', { name: 'মোঃ রবিউল শেখ', fatherName: 'হাবিবুল শেখ', age: 35 }),
    ]);
    // Two dossiers of two other offices: this office cannot judge them, so they are not listed.
    peerOffice(context, 'jh-bokaro').write([
      suspectCreate('jh-bokaro:sahil', {
        name: 'Sahil Ansari',
        fatherName: 'Jamil Ansari',
        age: 22,
      }),
    ]);
    peerOffice(context, 'wb-purulia').write([
      suspectCreate('wb-purulia:sahil', {
        name: 'সাহিল আনসারী',
        fatherName: 'জামিল আনসারী',
        age: 22,
      }),
    ]);
    return { api, own };
  }

  it('lists the same man written by two offices, with the matcher’s reasons, and not his father', async () => {
    const { api, own } = await setUp();
    const pairs = await api['duplicates.list']({ state: 'open', limit: 50 });
    expect(pairs).toHaveLength(1);
    expect([pairs[0]?.left.id, pairs[0]?.right.id].sort()).toEqual([own, 'wb-adpc:rabiul'].sort());
    expect(pairs[0]?.reasons).toEqual(['name', 'fatherName', 'age']);
    expect(pairs[0]?.state).toBe('open');
  });

  it('links a pair as the same person (both records kept), dismisses it, and undoes', async () => {
    const { api, own } = await setUp();
    const pair = { leftId: own, rightId: 'wb-adpc:rabiul' };
    expect(await api['duplicates.decide']({ ...pair, decision: 'same' })).toEqual({
      state: 'linked',
    });
    expect(await api['duplicates.list']({ state: 'open', limit: 50 })).toEqual([]);
    expect(
      (await api['duplicates.list']({ state: 'linked', limit: 50 })).map((p) => p.score > 0.6),
    ).toEqual([true]);
    // Both dossiers stay; each names the other as the same person.
    const detail = await api['suspects.detail']({ id: own });
    expect(detail.associates.map((associate) => associate.id)).toContain('wb-adpc:rabiul');
    expect((await api['suspects.detail']({ id: 'wb-adpc:rabiul' })).name).toBe('মোঃ রবিউল শেখ');

    expect(await api['duplicates.decide']({ ...pair, decision: 'notSame' })).toEqual({
      state: 'dismissed',
    });
    expect(await api['duplicates.list']({ state: 'linked', limit: 50 })).toEqual([]);
    // "Not the same" is no association: the dossier does not list it.
    expect((await api['suspects.detail']({ id: own })).associates).toEqual([]);
    expect((await api['duplicates.list']({ state: 'dismissed', limit: 50 })).length).toBe(1);
    expect(await api['duplicates.decide']({ ...pair, decision: 'undo' })).toEqual({
      state: 'open',
    });
    expect((await api['duplicates.list']({ state: 'open', limit: 50 })).length).toBe(1);
  });

  it('refuses to judge two other offices’ dossiers, and writes nothing', async () => {
    const { api } = await setUp();
    const before = await api['stats.get']({});
    await expect(
      api['duplicates.decide']({
        leftId: 'jh-bokaro:sahil',
        rightId: 'wb-purulia:sahil',
        decision: 'same',
      }),
    ).rejects.toMatchObject({ code: 'NOT_OWNER' });
    expect((await api['stats.get']({})).changes).toBe(before.changes);
  });
});
