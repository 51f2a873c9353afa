import {
  caseExtraDefaults,
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { caseLanes } from '../../shared/domain/enums';
import { tempNode } from '../testing/tempCore';

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

const suspect = {
  name: 'Ramesh Mahato',
  fatherName: '',
  age: null,
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
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  aliases: [],
  otherNames: [],
  phones: [],
  vehicles: [],
  photos: [],
};

describe('board counts', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('count the same cases the lanes list, for every filter the board offers', async () => {
    const created = await tempNode();
    cleanups.push(created.cleanup);
    const { api } = created;
    const ids: string[] = [];
    for (const [index, lane] of [
      'registered',
      'registered',
      'charge_sheeted',
      'closed',
    ].entries()) {
      const { id } = await api['cases.create']({
        ...baseCase,
        firNumber: String(index + 1),
        lane: lane as 'registered',
        priority: index % 2 === 0 ? 'urgent' : 'low',
        policeStation: index < 3 ? 'Nirsa' : 'Chirkunda',
      });
      ids.push(id);
    }
    const { id: suspectId } = await api['suspects.create'](suspect);
    for (const caseId of [ids[0], ids[2]])
      await api['links.add']({
        kind: 'suspect_case',
        fromId: suspectId,
        toId: caseId ?? '',
        role: 'accused',
      });
    // A link added and removed again no longer counts.
    await api['links.add']({
      kind: 'suspect_case',
      fromId: suspectId,
      toId: ids[1] ?? '',
      role: 'witness',
    });
    await api['links.remove']({
      kind: 'suspect_case',
      fromId: suspectId,
      toId: ids[1] ?? '',
      role: 'witness',
    });

    const filters = [
      {},
      { hasSuspects: true },
      { hasSuspects: false },
      { priority: 'urgent' as const },
      { priority: 'low' as const, hasSuspects: false },
      { policeStation: 'Nirsa', hasSuspects: true },
      { crimeHead: 'theft' as const, priority: 'urgent' as const },
    ];
    const expected = [
      { registered: 2, charge_sheeted: 1, closed: 1 },
      { registered: 1, charge_sheeted: 1 },
      { registered: 1, closed: 1 },
      { registered: 1, charge_sheeted: 1 },
      { registered: 1, closed: 1 },
      { registered: 1, charge_sheeted: 1 },
      { registered: 1, charge_sheeted: 1 },
    ];
    for (const [index, filter] of filters.entries()) {
      const board = await api['cases.board']({ ...filter, perLane: 40 });
      const counts = Object.fromEntries(
        caseLanes
          .filter((lane) => board.lanes[lane].total > 0)
          .map((lane) => [lane, board.lanes[lane].total]),
      );
      expect(counts, JSON.stringify(filter)).toEqual(expected[index]);
      for (const lane of caseLanes) {
        const page = await api['cases.lane']({ ...filter, lane, offset: 0, limit: 60 });
        expect(page.total, `${JSON.stringify(filter)} ${lane}`).toBe(board.lanes[lane].total);
        expect(page.items.length).toBe(page.total);
      }
    }
  });
});
