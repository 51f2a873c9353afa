import { describe, expect, it } from 'vitest';
import borderDistricts from '../../resources/data/border-districts.json';
import { crimeHeadName, knownLocalNames, policeStationName } from './localNames';

describe('local names of police stations and crime heads', () => {
  it('covers every police station and crime head of the border districts list', () => {
    const stations = borderDistricts.offices.flatMap((office) => office.policeStations);
    expect(stations.filter((s) => !knownLocalNames.policeStations.includes(s))).toEqual([]);
    expect(
      borderDistricts.crimeHeads.filter((c) => !knownLocalNames.crimeHeads.includes(c)),
    ).toEqual([]);
  });

  it('writes each in Devanagari for Hindi and in Bengali script for Bengali', () => {
    for (const station of knownLocalNames.policeStations) {
      expect(policeStationName(station, 'hi'), station).toMatch(/^[\u0900-\u097f\s/()]+$/);
      expect(policeStationName(station, 'bn'), station).toMatch(/^[\u0980-\u09ff\s/()]+$/);
    }
    for (const head of knownLocalNames.crimeHeads) {
      expect(crimeHeadName(head, 'hi'), head).toMatch(/[\u0900-\u097f]/);
      expect(crimeHeadName(head, 'bn'), head).toMatch(/[\u0980-\u09ff]/);
    }
  });

  it('keeps English, and any name it does not know, as recorded', () => {
    expect(policeStationName('Kumardhubi', 'en')).toBe('Kumardhubi');
    expect(policeStationName('Kumardhubi', 'hi')).toBe('कुमारधुबी');
    expect(crimeHeadName('Cattle smuggling', 'bn')).toBe('গরু পাচার');
    expect(policeStationName('Some New PS', 'bn')).toBe('Some New PS');
    expect(crimeHeadName('toString', 'hi')).toBe('toString');
  });
});
