import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const victimText = 'not for the PDF\n';

/**
 * Plants, as another local user could, a symbolic link at `path` (where a command is about to
 * write a PDF) to `victim`, a file of someone else's.
 */
export function plantLink(path: string, victim: string): void {
  writeFileSync(victim, victimText, { mode: 0o644 });
  symlinkSync(victim, path);
}

/** The link at `path` was replaced by a plain PDF only its owner reads; `victim` is as it was. */
export function expectPdfReplacedLink(path: string, victim: string): void {
  expect(readFileSync(victim, 'utf8')).toBe(victimText);
  const written = lstatSync(path);
  expect(written.isFile()).toBe(true);
  expect(written.mode & 0o777).toBe(0o600);
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
}
