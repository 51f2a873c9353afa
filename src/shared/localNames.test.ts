import { describe, expect, it } from 'vitest';
import borderDistricts from '../../resources/data/border-districts.json';
import { knownLocalNames, policeStationName } from './localNames';

describe('local names of police stations', () => {
  it('covers every police station of the border districts list', () => {
    const stations = borderDistricts.offices.flatMap((office) => office.policeStations);
    expect(stations.filter((s) => !knownLocalNames.policeStations.includes(s))).toEqual([]);
  });

  it('writes each in Devanagari for Hindi and in Bengali script for Bengali', () => {
    for (const station of knownLocalNames.policeStations) {
      expect(policeStationName(station, 'hi'), station).toMatch(/^[\u0900-\u097f\s/()]+$/);
      expect(policeStationName(station, 'bn'), station).toMatch(/^[\u0980-\u09ff\s/()]+$/);
    }
  });

  it('keeps English, and any name it does not know, as recorded', () => {
    expect(policeStationName('Kumardhubi', 'en')).toBe('Kumardhubi');
    expect(policeStationName('Kumardhubi', 'hi')).toBe('कुमारधुबी');
    expect(policeStationName('Some New PS', 'bn')).toBe('Some New PS');
    expect(policeStationName('toString', 'hi')).toBe('toString');
  });
});
