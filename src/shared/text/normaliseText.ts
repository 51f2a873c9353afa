/**
 * The one form every stored and searched string takes: Unicode NFC, so a precomposed ज़
 * (U+095B) and ज + nukta compare equal, with zero-width joiners and non-joiners removed
 * (they change how a conjunct is drawn, never what it says).
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\u200c|\u200d|\u200b|\u2060|\ufeff/g, '');
}
