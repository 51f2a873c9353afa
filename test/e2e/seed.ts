import { caseExtraDefaults } from '../../src/shared/domain/recordExtras';
import type { InputOf } from '../../src/shared/api/contract';
import type { InitResult } from '../../src/shared/api/views';
import type { HarnessProcess } from './harnessProcess';

export const passphrase = 'correct horse battery staple';

/** The first-run input for Dhanbad's control room, as the screen would send it. */
export const dhanbadInit: InputOf<'session.init'> = {
  office: {
    nameEn: 'Dhanbad District Control Room',
    nameHi: 'धनबाद ज़िला नियंत्रण कक्ष',
    nameBn: 'ধানবাদ জেলা নিয়ন্ত্রণ কক্ষ',
    state: 'Jharkhand',
    district: 'Dhanbad',
    policeStations: ['Nirsa', 'Chirkunda', 'Maithon'],
  },
  operator: { name: 'Ravi Mahato', rank: 'Sub-Inspector' },
  passphrase,
};

/** Creates the office through the API, as if first run had been completed. */
export function initialise(harness: HarnessProcess): Promise<InitResult> {
  return harness.call('session.init', dhanbadInit);
}

/** 15 January 2025, 20:00 UTC: 16 January, 1:30 am in IST. */
export const lateEveningUtc = Date.UTC(2025, 0, 15, 20, 0);

export function caseInput(fields: Partial<InputOf<'cases.create'>>): InputOf<'cases.create'> {
  return {
    policeStation: 'Nirsa',
    firNumber: '101',
    firYear: 2025,
    sections: ['BNS 303(2)'],
    crimeHead: 'theft' as const,
    occurredAt: lateEveningUtc,
    place: 'NH-19 near Barakar bridge',
    propertyValue: 45_000,
    mo: '',
    summary: '',
    lane: 'registered',
    priority: 'normal',
    sharing: 'network',
    ...caseExtraDefaults,
    ...fields,
  };
}
