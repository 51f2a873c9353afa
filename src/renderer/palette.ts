import { DEFAULT_THEME, darken, luminance, type MantineColorsTuple } from '@mantine/core';

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/**
 * The least contrast with white each shade must reach. Shades 6 to 9 are the ones Mantine
 * uses for text and for filled backgrounds under white text; WCAG AA asks 4.5:1, and control
 * rooms run old, dim monitors, so the palette keeps a margin above it.
 */
const minimumOnWhite: Partial<Record<number, number>> = { 6: 5, 7: 6, 8: 7.5, 9: 9 };

function readableShades(shades: readonly string[]): MantineColorsTuple {
  return shades.map((shade, index) => {
    const minimum = minimumOnWhite[index];
    let colour = shade;
    for (let step = 0; minimum !== undefined && step < 40; step += 1) {
      if (contrastRatio(colour, '#ffffff') >= minimum) break;
      colour = darken(colour, 0.04);
    }
    return colour;
  }) as unknown as MantineColorsTuple;
}

/**
 * Mantine's colours with shades 6 to 9 darkened until text in them, or white text on them,
 * reads on a dim monitor. Shades 0 to 5 (backgrounds, borders) are Mantine's own.
 */
export const readablePalette: Record<string, MantineColorsTuple> = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [name, readableShades(shades)]),
);
