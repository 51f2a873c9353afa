import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dateTime';

/** ICU puts narrow no-break spaces around am/pm in some versions: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

// 2025-01-15 20:00 UTC is 16 January, 1:30 am in India.
const lateEveningUtc = Date.UTC(2025, 0, 15, 20, 0);

describe('formatDateTime', () => {
  it('shows the time in IST, not UTC or the machine zone', () => {
    expect(plain(formatDateTime(0, 'en'))).toMatch(/^1 Jan 1970, 5:30 am$/i);
    expect(plain(formatDateTime(lateEveningUtc, 'en'))).toMatch(/^16 Jan 2025, 1:30 am$/i);
  });

  it('uses the calendar words and digits of the chosen language', () => {
    expect(plain(formatDateTime(lateEveningUtc, 'hi'))).toMatch(/^16 जन॰ 2025, 1:30 am$/i);
    expect(plain(formatDateTime(lateEveningUtc, 'bn'))).toContain('১৬ জানু');
    expect(plain(formatDateTime(lateEveningUtc, 'bn'))).toContain('১:৩০');
  });
});

describe('formatDate', () => {
  it('gives the IST calendar date across midnight', () => {
    expect(formatDate(lateEveningUtc, 'en')).toBe('16 Jan 2025');
    expect(formatDate(lateEveningUtc, 'bn')).toContain('২০২৫');
  });
});
