import { describe, expect, it } from 'vitest';
import { formatIndianDate, latinDigits, parseIndianDate, parseIndianDateTime } from './indianDate';

describe('parseIndianDate', () => {
  it('reads day first, as Indian forms write dates', () => {
    expect(parseIndianDate('03/04/2025')).toBe('2025-04-03');
    expect(parseIndianDate('3/4/2025')).toBe('2025-04-03');
    expect(parseIndianDate('31.12.2025')).toBe('2025-12-31');
    expect(parseIndianDate(' 31-12-2025 ')).toBe('2025-12-31');
  });

  it('reads Bengali and Devanagari digits as typed on those keyboards', () => {
    expect(parseIndianDate('৩১/১২/২০২৫')).toBe('2025-12-31');
    expect(parseIndianDate('०५/०१/२०२६')).toBe('2026-01-05');
  });

  it('refuses what is not a real dd/mm/yyyy date', () => {
    expect(parseIndianDate('12/31/2025')).toBeNull();
    expect(parseIndianDate('30/02/2025')).toBeNull();
    expect(parseIndianDate('2025-12-31')).toBeNull();
    expect(parseIndianDate('yesterday')).toBeNull();
  });
});

describe('parseIndianDateTime', () => {
  it('reads dd/mm/yyyy with a 24-hour time', () => {
    expect(parseIndianDateTime('16/01/2025 21:05')).toBe('2025-01-16 21:05:00');
    expect(parseIndianDateTime('৬/১/২০২৫ ৯:০৫')).toBe('2025-01-06 09:05:00');
    expect(parseIndianDateTime('16/01/2025 24:00')).toBeNull();
    expect(parseIndianDateTime('16/01/2025')).toBeNull();
  });
});

describe('formatIndianDate', () => {
  it('writes an ISO date as dd/mm/yyyy', () => {
    expect(formatIndianDate('2025-04-03')).toBe('03/04/2025');
    expect(latinDigits('২০২৫')).toBe('2025');
  });
});
