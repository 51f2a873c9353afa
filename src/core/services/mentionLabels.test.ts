import {
  caseExtraDefaults,
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { tempNode } from '../testing/tempCore';

const suspect = {
  name: 'Bablu Ansari',
  fatherName: 'Karim Ansari',
  age: 34,
  dateOfBirth: null,
  sex: 'male' as const,
  address: 'Nirsa bazar',
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
};

describe('mentions.labels', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('names the cases and suspects a screenful of log entries links to, in one call', async () => {
    const { api, cleanup } = await tempNode();
    cleanups.push(cleanup);
    const { id: caseId } = await api['cases.create']({
      policeStation: 'Nirsa',
      firNumber: '777',
      firYear: 2026,
      sections: ['BNS 303(2)'],
      crimeHead: 'theft' as const,
      occurredAt: Date.UTC(2026, 10, 20),
      place: 'Nirsa bazar',
      propertyValue: 0,
      mo: '',
      summary: '',
      lane: 'registered',
      priority: 'normal',
      sharing: 'network',
      ...caseExtraDefaults,
    });
    const { id: suspectId } = await api['suspects.create']({
      ...suspect,
      aliases: [],
      otherNames: [],
      phones: [],
      vehicles: [],
      photos: [],
    });
    const labels = await api['mentions.labels']({
      caseIds: [caseId, 'jh-dhanbad:not-here'],
      suspectIds: [suspectId, suspectId],
    });
    expect(labels).toEqual({
      cases: [{ id: caseId, firNumber: '777', firYear: 2026, policeStation: 'Nirsa' }],
      suspects: [{ id: suspectId, name: 'Bablu Ansari' }],
    });
    expect(await api['mentions.labels']({ caseIds: [], suspectIds: [] })).toEqual({
      cases: [],
      suspects: [],
    });
  });
});
