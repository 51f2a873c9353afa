import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dateTime';

/** ICU puts narrow no-break spaces around am/pm in some versions: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

// 2025-01-15 20:00 UTC is 16 January, 1:30 am in India.
const lateEveningUtc = Date.UTC(2025, 0, 15, 20, 0);

describe('formatDateTime', () => {
  it('shows the time in IST, not UTC or the machine zone', () => {
    expect(plain(formatDateTime(0, 'en'))).toBe('1 Jan 1970, 05:30');
    expect(plain(formatDateTime(lateEveningUtc, 'en'))).toBe('16 Jan 2025, 01:30');
  });

  it('uses the calendar words and digits of the chosen language', () => {
    expect(plain(formatDateTime(lateEveningUtc, 'hi'))).toBe('16 जन॰ 2025, 01:30');
    expect(plain(formatDateTime(lateEveningUtc, 'bn'))).toContain('১৬ জানু');
    expect(plain(formatDateTime(lateEveningUtc, 'bn'))).toContain('০১:৩০');
  });
});

describe('the 24-hour clock', () => {
  it('writes evening times as 13:00 to 23:59 in every language, never am or pm', () => {
    const evening = Date.UTC(2025, 0, 15, 15, 45); // 21:15 IST
    expect(plain(formatDateTime(evening, 'en'))).toBe('15 Jan 2025, 21:15');
    expect(plain(formatDateTime(evening, 'hi'))).toBe('15 जन॰ 2025, 21:15');
    expect(plain(formatDateTime(evening, 'bn'))).toContain('২১:১৫');
    const midnight = Date.UTC(2025, 0, 14, 18, 30); // 00:00 IST
    expect(plain(formatDateTime(midnight, 'en'))).toBe('15 Jan 2025, 00:00');
  });
});

describe('formatDate', () => {
  it('gives the IST calendar date across midnight', () => {
    expect(formatDate(lateEveningUtc, 'en')).toBe('16 Jan 2025');
    expect(formatDate(lateEveningUtc, 'bn')).toContain('২০২৫');
  });
});
