import { describe, expect, it } from 'vitest';
import { crimeHeadKey } from './crimeHeads';
import { bnsFrom, parseSections, sectionDateWarning, sectionPattern } from './sections';

describe('sections as FIRs write them', () => {
  it.each([
    ['u/s 303(2)/317(2)/3(5) BNS', ['BNS 303(2)', 'BNS 317(2)', 'BNS 3(5)']],
    ['25(1-b)a/26/35 Arms Act', ['Arms Act 25(1-b)a', 'Arms Act 26', 'Arms Act 35']],
    ['3(1)(r) SC/ST (PoA) Act', ['SC/ST (PoA) Act 3(1)(r)']],
    ['66C/66D IT Act', ['IT Act 66C', 'IT Act 66D']],
    ['धारा 303(2) बीएनएस', ['BNS 303(2)']],
    ['ধারা 379 আইপিসি', ['IPC 379']],
    [
      'u/s 4/5 WB Animal Slaughter Control Act 1950',
      ['WB Animal Slaughter Control Act 1950 4', 'WB Animal Slaughter Control Act 1950 5'],
    ],
    [
      '12 Jharkhand Bovine Animal Prohibition of Slaughter Act, 2005',
      ['Jharkhand Bovine Animal Prohibition of Slaughter Act 2005 12'],
    ],
    ['u/s 379/411 IPC r/w 25 Arms Act', ['IPC 379', 'IPC 411', 'Arms Act 25']],
    ['BNS 309(4), 66D IT Act', ['BNS 309(4)', 'IT Act 66D']],
  ])('reads %s', (written, sections) => {
    const parsed = parseSections(written);
    expect(parsed).toEqual({ sections, unreadable: [] });
    for (const section of parsed.sections) expect(section).toMatch(sectionPattern);
  });

  it('names the parts it cannot read', () => {
    expect(parseSections('303(2) BNS, see the FIR')).toEqual({
      sections: ['BNS 303(2)'],
      unreadable: ['see the FIR'],
    });
  });

  it('warns when the code does not fit the date: IPC from 1 July 2024, BNS before', () => {
    expect(sectionDateWarning(['IPC 379'], bnsFrom)).toBe('ipc_after_bns');
    expect(sectionDateWarning(['IPC 379'], bnsFrom - 1)).toBeUndefined();
    expect(sectionDateWarning(['BNS 303(2)'], bnsFrom - 1)).toBe('bns_before_bns');
    expect(sectionDateWarning(['BNS 303(2)', 'Arms Act 25'], bnsFrom)).toBeUndefined();
    // 1 July 2024 00:00 IST is 30 June 18:30 UTC.
    expect(new Date(bnsFrom).toISOString()).toBe('2024-06-30T18:30:00.000Z');
  });
});

describe('crime heads of the fixed list', () => {
  it('keeps a key and reads the free text of older records as a key', () => {
    expect(crimeHeadKey('cyber_fraud')).toBe('cyber_fraud');
    expect(crimeHeadKey('Cheating / cyber fraud')).toBe('cyber_fraud');
    expect(crimeHeadKey('Vehicle theft')).toBe('vehicle_theft');
    expect(crimeHeadKey('Theft')).toBe('theft');
    expect(crimeHeadKey('NDPS (narcotics)')).toBe('other');
  });
});
