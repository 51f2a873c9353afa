import { dialog, type BrowserWindow } from 'electron';
import type { BundleDialogs } from '../core/worker/bundleDialogs';

const filters = [{ name: 'Samanvay (.bundle)', extensions: ['bundle'] }];

/**
 * Electron's save and open dialogs, attached to `window`, for the bundle calls of its page
 * (the logic around them, tested without Electron, is core/worker/bundleDialogs.ts).
 */
export function electronBundleDialogs(window: BrowserWindow): BundleDialogs {
  return {
    async save(name) {
      const answer = await dialog.showSaveDialog(window, { defaultPath: name, filters });
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async open() {
      const answer = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    async folder() {
      const answer = await dialog.showOpenDialog(window, {
        properties: ['openDirectory', 'createDirectory'],
      });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
  };
}
