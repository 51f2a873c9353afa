import { afterEach, describe, expect, it } from 'vitest';
import { caseExtraDefaults } from '../../shared/domain/recordExtras';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';

const hour = 3_600_000;

const firCase = {
  policeStation: 'Nirsa',
  firNumber: '45',
  firYear: 2025,
  sections: ['BNS 303(2)'],
  crimeHead: 'theft' as const,
  occurredAt: Date.UTC(2025, 2, 3, 16, 0),
  place: 'Nirsa bazar',
  propertyValue: 0,
  mo: '',
  summary: '',
  lane: 'registered' as const,
  priority: 'normal' as const,
  sharing: 'network' as const,
  ...caseExtraDefaults,
};

describe('records as police write them', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function node(now = () => Date.UTC(2026, 0, 10, 6, 0)) {
    const created = await tempNode({ now });
    cleanups.push(created.cleanup);
    return created;
  }

  it('keeps the FIR fields, parses sections as written and totals the stolen property', async () => {
    const { api } = await node();
    const complainant = {
      name: 'Sanjay Gorai',
      relation: 's_o' as const,
      relativeName: 'Haradhan Gorai',
      address: 'Ward 4, Nirsa',
      state: 'Jharkhand',
      phone: '+91 9431000001',
    };
    const { id } = await api['cases.create']({
      ...firCase,
      sectionsWritten: 'u/s 303(2)/317(2)/3(5) BNS',
      occurredTo: firCase.occurredAt + 2 * hour,
      reportedAt: firCase.occurredAt + 20 * hour,
      gdNumber: 'GD 312/25',
      complainant,
      victims: [{ ...complainant, name: 'Rina Devi', relation: 'w_o' }],
      ioName: 'Ramesh Oraon',
      ioRank: 'SI',
      ioMobile: '+91 9470000002',
      stolenItems: [
        { ...item('mobile_phone', 18_000), imei: '356938035643809' },
        {
          ...item('vehicle', 85_000),
          registration: 'JH10AB1234',
          engineNumber: 'E1',
          chassisNumber: 'C1',
        },
        { ...item('gold', 2_50_000), weightGrams: 40 },
      ],
      recoveredItems: [{ ...item('mobile_phone', 18_000), imei: '356938035643809' }],
    });
    const detail = await api['cases.detail']({ id });
    expect(detail.sections).toEqual(['BNS 303(2)', 'BNS 317(2)', 'BNS 3(5)']);
    expect(detail.sectionsWritten).toBe('u/s 303(2)/317(2)/3(5) BNS');
    expect(detail.propertyValue).toBe(3_53_000);
    expect(detail.complainant).toEqual(complainant);
    expect(detail.victims[0]?.relation).toBe('w_o');
    expect(detail).toMatchObject({ ioName: 'Ramesh Oraon', ioRank: 'SI', gdNumber: 'GD 312/25' });
    expect(detail.stolenItems[1]).toMatchObject({
      registration: 'JH10AB1234',
      chassisNumber: 'C1',
    });
    expect(detail.recoveredItems[0]?.imei).toBe('356938035643809');
  });

  it('refuses sections it cannot read, naming the field, and writes nothing', async () => {
    const { api, context } = await node();
    const before = context.store.db.prepare('SELECT count(*) FROM changes').pluck().get();
    await expect(
      api['cases.create']({ ...firCase, sectionsWritten: 'u/s 303(2) BNS, whatever this is' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { field: 'sectionsWritten' } });
    expect(context.store.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(before);
  });

  it('applies a case change written before migration 004 (old lane, free-text crime head, no new fields)', async () => {
    const { api, context } = await node();
    const oldFields = Object.fromEntries(
      Object.entries(firCase).filter(([name]) => !(name in caseExtraDefaults)),
    );
    peerOffice(context, 'wb-adpc').write([
      {
        entity: 'case',
        recordId: 'wb-adpc:old-case',
        op: 'create',
        body: { fields: { ...oldFields, lane: 'arrested', crimeHead: 'Cheating / cyber fraud' } },
      },
    ]);
    const detail = await api['cases.detail']({ id: 'wb-adpc:old-case' });
    expect(detail).toMatchObject({
      lane: 'under_investigation',
      crimeHead: 'cyber_fraud',
      complainant: null,
      victims: [],
      ioName: '',
      stolenItems: [],
    });
  });

  it('keeps suspect particulars, identifiers and each status with its date, source and place', async () => {
    const { api } = await node();
    const { id } = await api['suspects.create']({
      name: 'Pintu Ansari',
      fatherName: 'Jamal Ansari',
      dateOfBirth: null,
      sex: 'male',
      address: 'Karmatanr',
      marks: '',
      build: '',
      mo: '',
      gang: '',
      reward: 0,
      primaryPhoto: null,
      sharing: 'network',
      status: 'wanted',
      relation: 's_o',
      ageOn: '2025-06-01',
      age: 27,
      heightCm: 168,
      historySheetNumber: 'HS 14/2019',
      historySheetPs: 'Karmatanr',
      upiIds: ['pintu.a@ybl'],
      imeis: ['356938035643809'],
      bankAccounts: ['SBI 3012 4455 6677'],
      emails: ['pintu@example.in'],
      socialHandles: ['@pintu_jmt'],
      hideouts: ['Brother-in-law’s house, Mihijam'],
      fatherOtherNames: ['जमाल अंसारी'],
    } as never);
    await api['suspects.update']({
      id,
      fields: {
        status: 'judicial_custody',
        statusDate: '2025-09-12',
        statusSource: 'Court order, CJM Jamtara',
        statusPlace: 'Jamtara jail',
      },
    });
    const dossier = await api['suspects.detail']({ id });
    expect(dossier).toMatchObject({
      relation: 's_o',
      ageOn: '2025-06-01',
      historySheetNumber: 'HS 14/2019',
      upiIds: ['pintu.a@ybl'],
      imeis: ['356938035643809'],
      fatherOtherNames: ['जमाल अंसारी'],
    });
    expect(dossier.statusHistory.at(-1)).toMatchObject({
      status: 'judicial_custody',
      date: '2025-09-12',
      source: 'Court order, CJM Jamtara',
      place: 'Jamtara jail',
    });
    await expect(
      api['suspects.addValue']({ id, field: 'upiIds', value: 'not a upi id' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

function item(kind: 'mobile_phone' | 'vehicle' | 'gold', value: number) {
  return {
    kind,
    description: kind,
    value,
    imei: '',
    registration: '',
    engineNumber: '',
    chassisNumber: '',
    weightGrams: null,
  };
}
