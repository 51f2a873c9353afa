import { accessSync, constants } from 'node:fs';
import { savePdf } from '../core/worker/pdfDialogs';
import { SamanvayError } from '../shared/errors';

/** Where a Chromium is usually installed, tried in order when none is named. */
const knownChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const runnable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chromium to print with: the one named (`--chromium`, then `SAMANVAY_CHROMIUM`), else
 * the first installed in a usual place. CHROMIUM_MISSING, in one line naming what to
 * install, when there is none.
 */
export function findChromium(named: string | undefined, candidates = knownChromiums): string {
  if (named !== undefined) {
    if (runnable(named)) return named;
    throw new SamanvayError(
      'CHROMIUM_MISSING',
      `No Chromium at ${named}: install chromium (Debian: apt install chromium) or give --chromium PATH.`,
      { path: named },
    );
  }
  const found = candidates.find(runnable);
  if (found === undefined) throw new SamanvayError('CHROMIUM_MISSING');
  return found;
}

/** What is printed: the page's HTML, and the footer repeated on every page. */
export interface PdfSource {
  html: string;
  footer: string;
}

/**
 * Prints HTML to an A4 PDF at `out` with a system Chromium, through playwright-core (a
 * runtime dependency that bundles no browser), loaded only when a bulletin is printed. The
 * PDF is written as the app saves one (savePdf: mode 0600, by temporary file and rename, so a
 * symbolic link at `out` is replaced, never followed, and a missing folder is not created).
 */
export async function printPdf(source: PdfSource, out: string, chromium: string): Promise<void> {
  savePdf(out, await renderPdf(source, chromium));
}

async function renderPdf(source: PdfSource, chromium: string): Promise<Buffer> {
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({ executablePath: chromium });
  try {
    const page = await browser.newPage();
    await page.setContent(source.html, { waitUntil: 'load' });
    // 'load' can come before the inlined fonts are decoded, and text in a face still loading
    // prints invisible: on a loaded machine the rows of the minutes came out blank while the
    // bold headings printed. So every face the page declares is loaded first (a face that
    // fails prints in the fallback, as before).
    // (A string: this file is typed for Node, without the DOM.)
    await page.evaluate(
      'Promise.allSettled([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => true)',
    );
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: source.footer,
      margin: { top: '14mm', bottom: '20mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
}
