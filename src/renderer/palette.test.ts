import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readablePalette } from './palette';

describe('readablePalette', () => {
  it('gives every text and filled shade at least 5:1 against white, beyond WCAG AA', () => {
    for (const [name, shades] of Object.entries(readablePalette)) {
      for (const index of [6, 7, 8, 9]) {
        expect(contrastRatio(shades[index] ?? '', '#ffffff'), `${name}.${index}`).toBeGreaterThan(
          5,
        );
      }
    }
  });

  it('reads the light variant (shade 9 on shade 1) at 4.5:1 or more', () => {
    for (const [name, shades] of Object.entries(readablePalette)) {
      expect(contrastRatio(shades[9] ?? '', shades[1] ?? ''), name).toBeGreaterThan(4.5);
    }
  });

  it("keeps Mantine's light shades for backgrounds and borders", () => {
    expect(readablePalette['gray']?.slice(0, 6)).toEqual(DEFAULT_THEME.colors.gray.slice(0, 6));
    expect(contrastRatio(DEFAULT_THEME.colors.gray[6], '#ffffff')).toBeLessThan(4.5);
  });
});
