import { createTheme } from '@mantine/core';

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
});
