import {
  caseExtraDefaults,
  logExtraDefaults,
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../shared/domain/recordExtras';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/api/searchContract';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import { theftBehindLogs } from '../repos/searchTestKit';
import { tempNode } from '../testing/tempCore';
import { searchAll } from './searchService';

const suspect = {
  fatherName: '',
  age: null,
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  dateOfBirth: null,
  sex: 'male' as const,
  address: '',
  marks: '',
  heightCm: null,
  build: '',
  mo: '',
  gang: '',
  status: 'wanted' as const,
  reward: 0,
  primaryPhoto: null,
  sharing: 'network' as const,
  aliases: [],
  otherNames: [],
  phones: [],
  vehicles: [],
  photos: [],
};

const aCase = {
  ...caseExtraDefaults,
  policeStation: 'Hirapur',
  firNumber: '77',
  firYear: 2026,
  sections: ['BNS 309(4)'],
  crimeHead: 'robbery' as const,
  occurredAt: Date.UTC(2026, 10, 2, 9),
  place: 'ATM, Hirapur',
  propertyValue: 1_700_000,
  mo: 'Cash-loading employee shot, ₹17 lakh looted; two men on a black Pulsar',
  summary: 'Callers used 09876543210 before the robbery.',
  lane: 'registered' as const,
  priority: 'high' as const,
  sharing: 'network' as const,
};

const ranged = (text: string, ranges: Array<[number, number]>) =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('search.query', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function seeded() {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const { api } = node;
    const ids = {
      latin: (
        await api['suspects.create']({
          ...suspect,
          name: 'Md. Rabiul Sheikh',
          fatherName: 'Habibul Sheikh',
          age: 34,
          aliases: ['Rabiul SK'],
          phones: ['+91 98765 43210'],
          vehicles: ['JH10AB1234'],
        })
      ).id,
      hindi: (
        await api['suspects.create']({
          ...suspect,
          name: 'मो. रबीउल शेख',
          fatherName: 'हबीबुल शेख',
          age: 35,
        })
      ).id,
      bengali: (
        await api['suspects.create']({
          ...suspect,
          name: 'মোঃ রবিউল শেখ',
          age: 47,
          fatherName: 'করিম শেখ',
        })
      ).id,
      other: (await api['suspects.create']({ ...suspect, name: 'Habibul Sheikh', age: 61 })).id,
      caseId: (await api['cases.create'](aCase)).id,
      logId: (
        await api['log.post']({
          category: 'information',
          text: 'রবিউল শেখকে কুলটি থানা এলাকায় JH-10 AB 1234 মোটরসাইকেলে দেখা গেছে',
          urgent: false,
          ...logExtraDefaults,
          replyTo: null,
          caseIds: [],
          suspectIds: [],
          vehicles: [],
          photos: [],
        })
      ).id,
    };
    await api['cases.setVehicles']({ id: ids.caseId, vehicles: ['jh 10 ab 1234'] });
    return { api, ids };
  }

  it('finds one man written in three scripts by his phonetic name, and says why', async () => {
    const { api, ids } = await seeded();
    for (const text of ['Md. Rabiul Sheikh', 'রবিউল শেখ', 'रबीउल', 'Rabiul SK', 'robiul shaikh']) {
      const hits = await api['search.query']({ limit: 40, text, kind: 'suspect' });
      const found = hits.map((hit) => hit.id);
      expect(found, text).toEqual(expect.arrayContaining([ids.latin, ids.hindi, ids.bengali]));
      expect(found, text).not.toContain(ids.other);
      expect(hits[0]?.reasons).toContain('name');
    }
    const [first] = await api['search.query']({ limit: 40, text: 'রবিউল শেখ', kind: 'suspect' });
    expect(ranged(first?.title ?? '', first?.titleRanges ?? [])).toContain(
      first?.title.includes('Rabiul')
        ? 'Rabiul'
        : first?.title.includes('रबीउल')
          ? 'रबीउल'
          : 'রবিউল',
    );
  });

  it('weighs the father’s name and age given with the name', async () => {
    const { api, ids } = await seeded();
    const hits = await api['search.query']({
      limit: 40,
      text: 'Rabiul Sheikh s/o Habibul age 36',
      kind: 'suspect',
    });
    const byId = new Map(hits.map((hit) => [hit.id, hit]));
    for (const id of [ids.latin, ids.hindi])
      expect(byId.get(id)?.reasons).toEqual(expect.arrayContaining(['name', 'fatherName', 'age']));
    expect(byId.get(ids.bengali)?.reasons).not.toContain('fatherName');
    expect(byId.get(ids.bengali)?.score ?? 0).toBeLessThan(byId.get(ids.latin)?.score ?? 0);
    expect(hits[0]?.id).toMatch(new RegExp(`${ids.latin}|${ids.hindi}`));
  });

  it('finds a vehicle however it is written, whole or in part, with the records it is on', async () => {
    const { api, ids } = await seeded();
    for (const text of ['JH-10 AB 1234', 'jh10ab1234', 'AB1234', 'ab 1234']) {
      const hits = await api['search.query']({ limit: 40, text, kind: 'vehicle' });
      expect(
        hits.map((hit) => hit.id),
        text,
      ).toEqual(['JH-10-AB-1234']);
      expect(hits[0]?.records.map((record) => record.id).sort(), text).toEqual(
        [ids.latin, ids.caseId, ids.logId].sort(),
      );
    }
    const [part] = await api['search.query']({ limit: 40, text: 'AB1234', kind: 'vehicle' });
    expect(ranged(part?.title ?? '', part?.titleRanges ?? [])).toEqual(['AB-1234']);
  });

  it('finds a phone by its last ten digits or any end of them', async () => {
    const { api, ids } = await seeded();
    for (const text of ['+91 98765 43210', '09876543210', '9876543210', '43210']) {
      const hits = await api['search.query']({ limit: 40, text, kind: 'phone' });
      expect(
        hits.map((hit) => hit.id),
        text,
      ).toEqual(['98765 43210']);
      expect(hits[0]?.records.map((record) => record.id).sort(), text).toEqual(
        [ids.latin, ids.caseId].sort(),
      );
    }
  });

  it('searches the full text of every record kind in every script, with the matched words marked', async () => {
    const { api, ids } = await seeded();
    const [log] = await api['search.query']({ limit: 40, text: 'কুলটি থানা', kind: 'log' });
    expect(log?.id).toBe(ids.logId);
    expect(ranged(log?.snippet ?? '', log?.snippetRanges ?? [])).toEqual(['কুলটি', 'থানা']);
    const [byMo] = await api['search.query']({ limit: 40, text: 'pulsar lakh', kind: 'case' });
    expect(byMo?.id).toBe(ids.caseId);
    expect(byMo?.reasons).toEqual(['text']);
    const prefix = await api['search.query']({ limit: 40, text: 'Hirap' });
    expect(prefix.map((hit) => hit.id)).toContain(ids.caseId);
  });

  it('follows edits: a renamed suspect is found by the new name only', async () => {
    const { api, ids } = await seeded();
    await api['suspects.update']({ id: ids.other, fields: { name: 'Jamil Ansari' } });
    const ids1 = (await api['search.query']({ limit: 40, text: 'Habibul', kind: 'suspect' })).map(
      (h) => h.id,
    );
    expect(ids1).not.toContain(ids.other);
    const ids2 = (
      await api['search.query']({ limit: 40, text: 'जमील अंसारी', kind: 'suspect' })
    ).map((h) => h.id);
    expect(ids2).toEqual([ids.other]);
  });

  it('gives sensible results or none for hostile or odd input, never an error', async () => {
    const { api, ids } = await seeded();
    const odd = [
      '"',
      '"Rabiul',
      '*',
      'Rabiul*',
      'NEAR(Rabiul Sheikh, 2)',
      'Rabiul AND OR NOT',
      '(((',
      'title:Rabiul',
      '^Rabiul',
      'x'.repeat(10_000),
      'রবি\u200dউল শে\u200cখ',
      'Rabiul রবিউল रबीउल 1234',
      '',
      '   ',
      '\u0000',
    ];
    for (const text of odd) {
      const hits: SearchHit[] = await api['search.query']({ limit: 40, text });
      expect(Array.isArray(hits), text.slice(0, 20)).toBe(true);
    }
    const joined = await api['search.query']({
      limit: 40,
      text: 'রবি\u200dউল শে\u200cখ',
      kind: 'suspect',
    });
    expect(joined.map((hit) => hit.id)).toContain(ids.bengali);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'binary' }), async (text) => {
        const hits = await api['search.query']({ limit: 40, text });
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('treats precomposed and decomposed nukta letters as one', async () => {
    const { api } = await seeded();
    const composed = (await api['suspects.create']({ ...suspect, name: '\u095bाकिर हुसैन' })).id;
    for (const text of ['\u095bाकिर', '\u091c\u093cाकिर', 'Zakir', 'জাকির'])
      expect(
        (await api['search.query']({ limit: 40, text, kind: 'suspect' })).map((h) => h.id),
        text,
      ).toEqual([composed]);
  });
});

describe('searchAll', () => {
  it('finds the one case with a word when thousands of newer log entries have it too', () => {
    const scratch = scratchDatabase(migrations, migrations.length);
    try {
      theftBehindLogs(scratch.db, 2001);
      const cases = searchAll(scratch.db, { text: 'theft', kind: 'case', limit: 20 });
      expect(cases.map((hit) => [hit.kind, hit.id, hit.newestOf])).toEqual([
        ['case', 'case-nirsa', undefined],
      ]);
      const logs = searchAll(scratch.db, { text: 'theft', kind: 'log', limit: 20 });
      expect(logs).toHaveLength(20);
      expect(logs.every((hit) => hit.kind === 'log' && hit.newestOf === 2000)).toBe(true);
    } finally {
      scratch.close();
    }
  });
});
