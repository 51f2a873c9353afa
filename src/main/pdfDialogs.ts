import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { PdfDialogs } from '../core/worker/pdfDialogs';

const filters = [{ name: 'PDF', extensions: ['pdf'] }];

/**
 * Electron's Save as PDF for `window`'s page: the save dialog, and `webContents.printToPDF` of
 * the HTML in a hidden window without scripts (the logic around them, tested without
 * Electron, is core/worker/pdfDialogs.ts). The HTML is loaded from a private temporary file
 * (0600 in a fresh folder, removed at once): a data: URL stops at 2 MB, less than a bulletin
 * with its photos.
 */
export function electronPdfDialogs(window: BrowserWindow): PdfDialogs {
  return {
    async save(name) {
      const answer = await dialog.showSaveDialog(window, { defaultPath: name, filters });
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async render(html, footer) {
      const hidden = new BrowserWindow({
        show: false,
        webPreferences: { javascript: false, sandbox: true, contextIsolation: true },
      });
      const folder = await mkdtemp(join(app.getPath('temp'), 'samanvay-pdf-'));
      try {
        const page = join(folder, 'page.html');
        await writeFile(page, html, { mode: 0o600 });
        await hidden.loadFile(page);
        return await hidden.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer,
          margins: { top: 0.55, bottom: 0.8, left: 0.55, right: 0.55 },
        });
      } finally {
        hidden.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
