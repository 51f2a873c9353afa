import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { readablePalette } from './palette';

/**
 * Latin first, then the Devanagari and Bengali faces for the characters Latin lacks; all three
 * are bundled (see main.tsx), so nothing is fetched from the network on an offline PC.
 */
export const fontStack = "'Noto Sans', 'Noto Sans Devanagari', 'Noto Sans Bengali', sans-serif";

export const theme = createTheme({
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  fontFamilyMonospace: "ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', monospace",
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Darker text and filled shades (see palette.ts), with black or white text on a filled
  // background chosen by its lightness: readable on the old, dim monitors of control rooms.
  colors: readablePalette,
  primaryShade: { light: 7, dark: 8 },
  autoContrast: true,
});

/** Dimmed text one shade darker than Mantine's, which falls below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
