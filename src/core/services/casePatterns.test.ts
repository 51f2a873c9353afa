import { caseExtraDefaults } from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { readBulletinData } from '../bulletin/bulletinData';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 20, 6);

const aCase = {
  ...caseExtraDefaults,
  policeStation: 'Bank More',
  firNumber: '310',
  firYear: 2026,
  sections: ['BNS 309(4)'],
  crimeHead: 'robbery' as const,
  occurredAt: now - 5 * day,
  place: 'Bank More',
  propertyValue: 2_500_000,
  mo: 'Three men on two motorcycles, country-made pistol shown, jewellery shop looted at closing time',
  summary: '',
  lane: 'registered' as const,
  priority: 'high' as const,
  sharing: 'network' as const,
};

describe('pattern list: similar cases across offices', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('clusters like cases of two offices with what they share, and leaves out the unlike and the old', async () => {
    const node = await tempNode({ now: () => now });
    cleanups.push(node.cleanup);
    const { api, context } = node;
    const { id: jewellery } = await api['cases.create'](aCase);
    await api['cases.setVehicles']({ id: jewellery, vehicles: ['JH 10 AB 1234'] });
    // Alike only within one office: not a pattern on both sides.
    await api['cases.create']({
      ...aCase,
      firNumber: '9',
      crimeHead: 'theft',
      mo: 'Mobile phones lifted from a crowded bus',
    });
    await api['cases.create']({
      ...aCase,
      firNumber: '10',
      crimeHead: 'theft',
      mo: 'Mobile phones lifted from a crowded bus',
    });
    const fields = (extra: Record<string, unknown>) => ({
      ...aCase,
      policeStation: 'Hirapur',
      ...extra,
    });
    peerOffice(context, 'wb-adpc').write([
      {
        entity: 'case',
        recordId: 'wb-adpc:atm',
        op: 'create',
        body: {
          fields: fields({
            occurredAt: now - 2 * day,
            mo: 'Two motorcycles, country-made pistol, ATM cash-loading employee shot and looted',
          }),
        },
      },
      {
        entity: 'case',
        recordId: 'wb-adpc:atm',
        op: 'add',
        body: { field: 'vehicles', value: 'JH-10-AB-1234' },
      },
      {
        entity: 'case',
        recordId: 'wb-adpc:cattle',
        op: 'create',
        body: {
          fields: fields({ crimeHead: 'cattle_smuggling', mo: 'Trucks of cattle at night' }),
        },
      },
      {
        entity: 'case',
        recordId: 'wb-adpc:old',
        op: 'create',
        body: { fields: fields({ occurredAt: now - 200 * day }) },
      },
    ]);
    await api['links.add']({
      kind: 'case_case',
      fromId: jewellery,
      toId: 'wb-adpc:atm',
      role: 'same_gang',
    });

    const patterns = await api['patterns.list']({ days: 30, limit: 30 });
    expect(patterns).toHaveLength(1);
    const [pattern] = patterns;
    expect(pattern?.cases.map((found) => found.id).sort()).toEqual(
      [jewellery, 'wb-adpc:atm'].sort(),
    );
    expect(pattern?.offices).toEqual(['jh-dhanbad', 'wb-adpc']);
    expect(pattern?.reasons).toEqual(expect.arrayContaining(['crimeHead', 'vehicle', 'weapon']));
    expect(pattern?.words).toEqual(
      expect.arrayContaining(['country-made', 'pistol', 'motorcycles']),
    );
    expect(pattern?.vehicles).toEqual(['JH10AB1234']);
    expect(pattern?.sameGang).toBe(1);

    // The bulletin's "MO patterns seen on both sides" is the same list.
    expect(readBulletinData(context.store.db, '2026-11-20').patterns).toEqual([
      { mo: aCase.mo, offices: ['jh-dhanbad', 'wb-adpc'], cases: 2 },
    ]);
  });
});
