import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseExtraDefaults } from '../../shared/domain/recordExtras';
import { caseLanes, type CaseLane } from '../../shared/domain/enums';
import { tempNode } from '../testing/tempCore';
import { boardTextMatch } from './caseQuery';

/*
 * The board's free text reads the full-text index (FTS5, migration 009) instead of scanning
 * every case with LIKE. The two agree on what a person types to find a case: whole words of
 * its text, in any letter case and any script. They differ on purpose elsewhere: the index
 * finds the words in any order and field, and as word beginnings ("pul" finds "Pulsar"), not
 * inside a word ("ulsa" no longer finds "Pulsar").
 */

/** Words no one of which occurs inside another, nor in the fixed fields of the cases below. */
const vocabulary = [
  'pulsar',
  'bolero',
  'nakabandi',
  'barakar',
  'chowk',
  'truck',
  'रबीउल',
  'कुल्टी',
  'মোটরসাইকেল',
  'থানা',
];

const baseCase = {
  policeStation: 'Nirsa',
  firNumber: '1',
  firYear: 2026,
  sections: ['BNS 303(2)'],
  crimeHead: 'theft' as const,
  occurredAt: Date.UTC(2026, 10, 20, 18, 30),
  place: '',
  propertyValue: 0,
  mo: '',
  summary: '',
  lane: 'registered' as const,
  priority: 'normal' as const,
  sharing: 'network' as const,
  ...caseExtraDefaults,
};

const text = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', '. ', '\n', ' - ')), {
    maxLength: 4,
  })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

const generatedCase = fc.record({
  place: text,
  mo: text,
  summary: text,
  lane: fc.constantFrom<CaseLane>(...caseLanes),
  upper: fc.boolean(),
});

/** The scan the board did before the index: a substring of any of the six fields, ASCII case ignored. */
function scanned(fields: string[], query: string): boolean {
  const lower = (value: string) => value.replace(/[A-Z]/g, (char) => char.toLowerCase());
  return fields.some((field) => lower(field).includes(lower(query)));
}

describe('board free text through the full-text index', () => {
  let node: Awaited<ReturnType<typeof tempNode>>;
  const cases = new Map<string, string[]>();
  beforeAll(async () => {
    node = await tempNode();
  });
  afterAll(() => node.cleanup());

  async function boardIds(query: string): Promise<Set<string>> {
    const board = await node.api['cases.board']({ text: query, perLane: 200 });
    const ids = new Set<string>();
    for (const lane of caseLanes) {
      expect(board.lanes[lane].items.length).toBe(board.lanes[lane].total);
      // A lane's later pages follow its first in the same order.
      const later = await node.api['cases.lane']({ text: query, lane, offset: 1, limit: 200 });
      expect(later.total).toBe(board.lanes[lane].total);
      expect(later.items.map((item) => item.id)).toEqual(
        board.lanes[lane].items.slice(1).map((item) => item.id),
      );
      for (const item of board.lanes[lane].items) ids.add(item.id);
    }
    return ids;
  }

  it('finds the same cases as the scan for a whole word, in any case and script', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedCase, { maxLength: 4 }),
        fc.constantFrom(...vocabulary),
        fc.constantFrom('as is', 'upper', 'capital'),
        async (made, word, letterCase) => {
          for (const each of made) {
            const fields = {
              place: each.upper ? each.place.toUpperCase() : each.place,
              mo: each.mo,
              summary: each.summary,
            };
            const firNumber = String(cases.size + 1);
            const { id } = await node.api['cases.create']({
              ...baseCase,
              ...fields,
              firNumber,
              lane: each.lane,
            });
            cases.set(id, [firNumber, fields.place, fields.summary, 'Nirsa', 'theft', fields.mo]);
          }
          const query =
            letterCase === 'upper'
              ? word.toUpperCase()
              : letterCase === 'capital'
                ? word.charAt(0).toUpperCase() + word.slice(1)
                : word;
          const expected = [...cases]
            .filter(([, fields]) => scanned(fields, query))
            .map(([id]) => id)
            .sort();
          expect([...(await boardIds(query))].sort()).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds words in any order and as word beginnings, not inside a word', async () => {
    const { id } = await node.api['cases.create']({
      ...baseCase,
      firNumber: '9001',
      place: 'Barakar bridge ++',
      summary: 'Pulsar seen near the check post',
    });
    expect(await boardIds('pulsar barakar')).toContain(id);
    expect(await boardIds('puls')).toContain(id);
    expect(await boardIds('9001')).toContain(id);
    expect(await boardIds('ulsar')).not.toContain(id);
    // Punctuation alone has no word for the index: it is looked for as typed.
    expect(await boardIds('++')).toEqual(new Set([id]));
  });

  it('quotes every word, so query syntax typed in the box is only text', () => {
    expect(boardTextMatch('theft NEAR "x" OR *')).toBe('"theft"* "NEAR"* "x"* "OR"*');
    expect(boardTextMatch(' —, ')).toBeUndefined();
  });
});
