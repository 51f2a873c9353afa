import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/api/searchContract';
import { groupHits, highlightPieces, hrefOfHit } from './searchGroups';

const hit = (kind: SearchHit['kind'], id: string, score: number): SearchHit => ({
  kind,
  id,
  officeId: null,
  score,
  reasons: [],
  title: id,
  titleRanges: [],
  snippet: '',
  snippetRanges: [],
  records: [],
  at: null,
});

describe('search box helpers', () => {
  it('groups hits by kind, the group with the best hit first, ranks kept inside', () => {
    const groups = groupHits([
      hit('suspect', 's1', 0.9),
      hit('case', 'c1', 0.95),
      hit('suspect', 's2', 0.5),
    ]);
    expect(groups.map((group) => [group.kind, group.hits.map((h) => h.id)])).toEqual([
      ['case', ['c1']],
      ['suspect', ['s1', 's2']],
    ]);
  });

  it('cuts text at highlight ranges and ignores ranges out of bounds or overlapping', () => {
    expect(
      highlightPieces('রবিউল শেখ Kulti', [
        [0, 5],
        [10, 15],
        [3, 8],
        [14, 99],
      ]),
    ).toEqual([
      { text: 'রবিউল', marked: true },
      { text: ' শেখ ', marked: false },
      { text: 'Kulti', marked: true },
    ]);
  });

  it('opens a vehicle at the first record it was seen on, a log entry on its IST day', () => {
    const vehicle = {
      ...hit('vehicle', 'JH-10-AB-1234', 0.9),
      records: [{ kind: 'log' as const, id: 'l1', title: 'seen', at: Date.UTC(2026, 10, 1, 20) }],
    };
    expect(hrefOfHit(vehicle)).toBe('#/log?date=2026-11-02');
    expect(hrefOfHit(hit('case', 'c1', 1))).toBe('#/board?case=c1');
  });
});
