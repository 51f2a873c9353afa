import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayMs,
  istDateOf,
  istDateTimeOf,
  istDayRange,
  istDayStart,
  istYearOf,
  parseIstDateTime,
} from './istDate';

describe('IST date arithmetic', () => {
  it('puts an instant on its IST day: 18:29 UTC is still today, 18:30 UTC is tomorrow', () => {
    expect(istDateOf(Date.UTC(2026, 11, 31, 18, 29))).toBe('2026-12-31');
    expect(istDateOf(Date.UTC(2026, 11, 31, 18, 30))).toBe('2027-01-01');
    expect(istYearOf(Date.UTC(2026, 11, 31, 18, 30))).toBe(2027);
  });

  it('starts an IST day at 18:30 UTC the evening before', () => {
    expect(istDayStart('2026-03-01')).toBe(Date.UTC(2026, 1, 28, 18, 30));
    expect(istDayRange('2026-03-01')).toEqual({
      start: Date.UTC(2026, 1, 28, 18, 30),
      end: Date.UTC(2026, 2, 1, 18, 30),
    });
  });

  it('reads back every instant it writes, to the minute, and every instant falls in its day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (at) => {
        const minute = at - (at % 60_000);
        expect(parseIstDateTime(istDateTimeOf(at))).toBe(minute);
        const { start, end } = istDayRange(istDateOf(at));
        expect(start <= at && at < end && end - start === dayMs).toBe(true);
      }),
    );
  });

  it('refuses what is not a date-time', () => {
    expect(parseIstDateTime('2026-03-01 10:00')).toBeNaN();
    expect(parseIstDateTime('')).toBeNaN();
  });
});
