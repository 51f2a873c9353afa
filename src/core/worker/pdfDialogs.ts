import { basename } from 'node:path';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import { contract } from '../../shared/api/contract';
import { toWireError } from '../../shared/errors';
import { writeFileDurable } from '../db/atomicFile';
import type { CoreHost } from './coreHost';

/** The app's Save as PDF (Electron's, in main): where to save, and the PDF of a page. */
export interface PdfDialogs {
  /** Where to save a PDF, suggesting `name`; null when the operator cancels. */
  save(name: string): Promise<string | null>;
  /** The PDF of `html` on A4, with `footer` at the foot of every page. */
  render(html: string, footer: string): Promise<Buffer>;
}

/**
 * Writes a rendered PDF to `path` as the app and the CLI save one (mode 0600): a temporary
 * file beside it, created exclusively, fsynced and renamed over. A symbolic link at `path` is
 * replaced, not followed; a missing folder is refused (ENOENT), not created.
 */
export function savePdf(path: string, pdf: Buffer): void {
  writeFileDurable(path, pdf);
}

/**
 * The app's host of page calls, with Save as PDF in front of `bulletin.pdf` and `meeting.pdf`:
 * the printable HTML comes from core (`bulletin.html`, `meeting.record`), main's save dialog
 * chooses the path (the page names none), main renders the PDF, and it is written durably
 * (mode 0600). Everything else goes to `host` unchanged (core answers those two calls with
 * "no dialog here", and the page prints instead).
 */
export function withPdfDialogs(host: CoreHost, pdf: PdfDialogs): CoreHost {
  async function save(
    name: string,
    source: () => Promise<DispatchEnvelope>,
  ): Promise<DispatchEnvelope> {
    const printable = await source();
    if (!printable.ok) return printable;
    const { html, footer } = printable.result as { html: string; footer: string };
    try {
      const path = await pdf.save(name);
      if (path === null) return { ok: true, result: { dialog: true, file: null } };
      savePdf(path, await pdf.render(html, footer));
      return { ok: true, result: { dialog: true, file: basename(path) } };
    } catch (error) {
      return { ok: false, error: toWireError(error) };
    }
  }

  async function call(method: unknown, input: unknown): Promise<DispatchEnvelope> {
    if (method === 'bulletin.pdf') {
      const parsed = contract[method].input.safeParse(input ?? {});
      if (parsed.success) {
        const { date, to } = parsed.data;
        const name = `samanvay-bulletin-${date}${to && to !== date ? `-to-${to}` : ''}.pdf`;
        return save(name, () => host.call('bulletin.html', parsed.data));
      }
    }
    if (method === 'meeting.pdf') {
      const parsed = contract[method].input.safeParse(input ?? {});
      if (parsed.success)
        return save('samanvay-meeting.pdf', () => host.call('meeting.record', parsed.data));
    }
    return host.call(method, input);
  }

  return { call, on: (event, listener) => host.on(event, listener), close: () => host.close() };
}
