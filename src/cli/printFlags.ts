import { UsageError, type CliIo, type Flags } from './cliContext';
import { findChromium } from './printPdf';

/** The flags of a command that prints a PDF: its second language, and which Chromium. */
export const printFlags = {
  lang: { type: 'string' },
  chromium: { type: 'string' },
} as const;

/** `--lang`: the language printed beside English, Hindi (the default) or Bengali. */
export function printLanguageOf(flags: Flags): 'hi' | 'bn' {
  const language = flags.lang ?? 'hi';
  if (language !== 'hi' && language !== 'bn') throw new UsageError('--lang must be hi or bn');
  return language;
}

/**
 * The Chromium to print with (`--chromium`, else `SAMANVAY_CHROMIUM`, else a usual place):
 * asked before the database is unlocked, so a missing one is said first.
 */
export function chromiumOf(flags: Flags, io: CliIo): string {
  return findChromium(
    typeof flags.chromium === 'string' ? flags.chromium : io.env.SAMANVAY_CHROMIUM || undefined,
  );
}
