import type { InputOf } from '../../../../shared/api/contract';
import type { CaseBoard, CaseBoardCard, OfficeView } from '../../../../shared/api/views';
import { caseLanes } from '../../../../shared/domain/enums';
import { createFakeClient, type FakeHandlers } from '../../../test/fakeClient';

/** Shared set-up of the board's tests: two offices, cards, and a core answering board calls. */

export const lateEveningUtc = Date.UTC(2025, 0, 15, 20, 0);
export const own = 'jh-dhanbad';
export const other = 'wb-purulia';

export const offices: OfficeView[] = [
  {
    id: own,
    nameEn: 'Dhanbad Control Room',
    nameHi: 'धनबाद नियंत्रण कक्ष',
    nameBn: 'ধানবাদ নিয়ন্ত্রণ কক্ষ',
    state: 'Jharkhand',
    district: 'Dhanbad',
    policeStations: ['Nirsa', 'Chirkunda'],
  },
  {
    id: other,
    nameEn: 'Purulia Control Room',
    nameHi: 'पुरुलिया नियंत्रण कक्ष',
    nameBn: 'পুরুলিয়া নিয়ন্ত্রণ কক্ষ',
    state: 'West Bengal',
    district: 'Purulia',
    policeStations: ['Neturia'],
  },
];

export function card(fields: Partial<CaseBoardCard>): CaseBoardCard {
  return {
    id: 'c1',
    officeId: own,
    policeStation: 'Nirsa',
    firNumber: '12',
    firYear: 2025,
    crimeHead: 'theft',
    occurredAt: lateEveningUtc,
    propertyValue: 1_250_000,
    lane: 'registered',
    priority: 'urgent',
    sharing: 'network',
    updatedAt: lateEveningUtc,
    suspectCount: 0,
    suspects: [],
    updatedByOffice: own,
    updatedByOther: false,
    ...fields,
  };
}

/** The board core would answer for `cases` (by police station and priority). */
export function boardOf(cases: CaseBoardCard[], input: InputOf<'cases.board'>): CaseBoard {
  const matching = cases.filter(
    (item) =>
      (!input.policeStation || item.policeStation === input.policeStation) &&
      (!input.priority || item.priority === input.priority),
  );
  return {
    lanes: Object.fromEntries(
      caseLanes.map((lane) => {
        const items = matching.filter((item) => item.lane === lane);
        return [lane, { total: items.length, items }];
      }),
    ) as CaseBoard['lanes'],
  };
}

/** A core holding `cases`, answering the board's calls as the real one does. */
export function boardClient(cases: CaseBoardCard[], extra: FakeHandlers = {}) {
  return createFakeClient({
    'offices.list': () => offices,
    'cases.board': (input) => boardOf(cases, input),
    'cases.move': ({ id, lane }) => {
      const found = cases.find((item) => item.id === id);
      if (found) found.lane = lane;
      return { id };
    },
    ...extra,
  });
}
