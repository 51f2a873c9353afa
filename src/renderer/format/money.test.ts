import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('shows amounts under one lakh in full with Indian grouping', () => {
    expect(formatMoney(0, 'en')).toBe('₹0');
    expect(formatMoney(45_000, 'en')).toBe('₹45,000');
    expect(formatMoney(99_999, 'en')).toBe('₹99,999');
  });

  it('shows lakhs with at most two decimals', () => {
    expect(formatMoney(100_000, 'en')).toBe('₹1 lakh');
    expect(formatMoney(1_250_000, 'en')).toBe('₹12.5 lakh');
    expect(formatMoney(1_234_567, 'en')).toBe('₹12.35 lakh');
  });

  it('switches to crore at one crore, including amounts that round up to it', () => {
    expect(formatMoney(12_000_000, 'en')).toBe('₹1.2 crore');
    expect(formatMoney(9_999_999, 'en')).toBe('₹1 crore');
    expect(formatMoney(12_500_000_000, 'en')).toBe('₹1,250 crore');
  });

  it('uses the unit words and digits of the chosen language', () => {
    expect(formatMoney(1_250_000, 'hi')).toBe('₹12.5 लाख');
    expect(formatMoney(12_000_000, 'hi')).toBe('₹1.2 करोड़');
    expect(formatMoney(1_250_000, 'bn')).toBe('₹১২.৫ লাখ');
    expect(formatMoney(12_000_000, 'bn')).toBe('₹১.২ কোটি');
    expect(formatMoney(45_000, 'bn')).toBe('₹৪৫,০০০');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatMoney(-1_250_000, 'en')).toBe('-₹12.5 lakh');
  });
});
