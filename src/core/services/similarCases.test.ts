import { caseExtraDefaults } from '../../shared/domain/recordExtras';
import { afterEach, describe, expect, it } from 'vitest';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';

const day = 86_400_000;
const occurredAt = Date.UTC(2026, 9, 20, 14);

const aCase = {
  ...caseExtraDefaults,
  policeStation: 'Bank More',
  firNumber: '310',
  firYear: 2026,
  sections: ['BNS 309(4)'],
  crimeHead: 'robbery' as const,
  occurredAt,
  place: 'Bank More',
  propertyValue: 2_500_000,
  mo: 'Three men on two motorcycles, country-made pistol shown, jewellery shop looted at closing time',
  summary: '',
  lane: 'registered' as const,
  priority: 'high' as const,
  sharing: 'network' as const,
};

describe('similar cases elsewhere', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('puts a like case of another office beside this one, with the reasons, and leaves out the unlike', async () => {
    const node = await tempNode();
    cleanups.push(node.cleanup);
    const { api, context } = node;
    const { id } = await api['cases.create'](aCase);
    await api['cases.setVehicles']({ id, vehicles: ['WB 38 AB 1234'] });
    const { id: ownOffice } = await api['cases.create']({ ...aCase, firNumber: '311' });
    const adpc = peerOffice(context, 'wb-adpc');
    const fields = (extra: Record<string, unknown>) => ({
      ...aCase,
      ...caseExtraDefaults,
      policeStation: 'Hirapur',
      ...extra,
    });
    adpc.write([
      {
        entity: 'case',
        recordId: 'wb-adpc:near',
        op: 'create',
        body: {
          fields: fields({
            occurredAt: occurredAt + 6 * day,
            mo: 'Two motorcycles, country-made pistol, ATM cash-loading employee shot and looted',
          }),
        },
      },
      {
        entity: 'case',
        recordId: 'wb-adpc:near',
        op: 'add',
        body: { field: 'vehicles', value: 'WB-38-AB-1234' },
      },
      {
        entity: 'case',
        recordId: 'wb-adpc:unlike',
        op: 'create',
        body: {
          fields: fields({
            crimeHead: 'cattle_smuggling' as const,
            mo: 'Trucks of cattle at night',
          }),
        },
      },
      {
        entity: 'case',
        recordId: 'wb-adpc:old',
        op: 'create',
        body: { fields: fields({ occurredAt: occurredAt - 400 * day }) },
      },
    ]);
    const similar = await api['search.similarCases']({ id, days: 90, limit: 8 });
    expect(similar.map((found) => found.id)).toEqual(['wb-adpc:near']);
    expect(similar[0]?.reasons).toEqual(['crimeHead', 'mo', 'weapon', 'vehicle', 'time']);
    expect(similar.map((found) => found.id)).not.toContain(ownOffice);
    expect(await api['search.similarCases']({ id: 'jh-dhanbad:none', days: 90, limit: 8 })).toEqual(
      [],
    );
  });
});
