import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  phoneKey,
  phonesInText,
  vehicleKey,
  vehicleParts,
  vehicleQueryKeys,
  vehiclesInText,
} from './identifierKeys';

describe('vehicles', () => {
  it('stores every way of writing one registration number as one key', () => {
    for (const written of ['JH10AB1234', 'JH-10 AB 1234', 'jh 10 ab 1234', 'JH.10.AB.1234'])
      expect(vehicleKey(written)).toBe('JH10AB1234');
    expect(vehicleParts('JH-10 AB 1234')).toEqual({
      state: 'JH',
      district: '10',
      series: 'AB',
      number: '1234',
    });
  });

  it('searches a part of a number as typed, and a whole one in canonical form', () => {
    expect(vehicleQueryKeys('AB 1234')).toContain('AB1234');
    expect(vehicleQueryKeys('jh-10-ab-1234')).toContain('JH10AB1234');
    expect(vehicleQueryKeys('**')).toEqual([]);
  });

  it('finds registration numbers inside free text', () => {
    expect(vehiclesInText('Bike JH-10 AB 1234 seen with WB 38 X 77 near Kulti')).toEqual([
      'JH10AB1234',
      'WB38X0077',
    ]);
  });

  it('gives the same key however a number is spaced or cased', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('JH', 'WB', 'BR'),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('', 'A', 'AB', 'ABC'),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom(' ', '-', '.', ' - '),
        fc.boolean(),
        (state, district, series, number, separator, lower) => {
          // "JH 1 10" compacts to JH110, which reads as district 11: not asked here.
          fc.pre(series !== '' || district >= 10);
          const written = [state, String(district), series, String(number)]
            .filter((part) => part !== '')
            .join(separator);
          const key = vehicleKey(lower ? written.toLowerCase() : written);
          expect(key).toBe(
            `${state}${String(district).padStart(2, '0')}${series}${String(number).padStart(4, '0')}`,
          );
        },
      ),
    );
  });
});

describe('phones', () => {
  it('keeps the last ten digits', () => {
    for (const written of ['+91 98765 43210', '09876543210', '9876543210', '+91-9876543210'])
      expect(phoneKey(written)).toBe('9876543210');
    expect(phonesInText('call 09876543210 or +91 70012 34567')).toEqual([
      '9876543210',
      '7001234567',
    ]);
  });

  it('never gives more than ten digits, nor anything but digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(phoneKey(text)).toMatch(/^\d{0,10}$/);
      }),
    );
  });
});
