/** Whitespace, and the control characters that break a line (NEL is a control, not `\s`). */
const spacing = /[\s\u0085]/u;

/**
 * Text of a record (often another office's, synced or carried in a bundle) made fit for one
 * line of the CLI's text output, which scripts split by line: each run of whitespace and
 * control characters becomes one space if it holds whitespace (a newline, a tab) and nothing
 * otherwise, so no C0/C1 control (an ANSI escape) reaches the terminal. Ends are trimmed.
 * Letters of every script, and the zero-width (non-)joiners that shape a conjunct, are kept.
 */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, (run) => (spacing.test(run) ? ' ' : '')).trim();
}
