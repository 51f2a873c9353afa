import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';

/**
 * Checks for updates only when configured: `SAMANVAY_UPDATE_URL` (a generic feed, e.g. a
 * share on the state VPN) or the packaged build's publish config (app-update.yml). Nothing
 * is downloaded or installed without the operator saying so.
 */
export function startUpdater(window: BrowserWindow, env: NodeJS.ProcessEnv = process.env): void {
  const feedUrl = env.SAMANVAY_UPDATE_URL;
  const packagedConfig =
    app.isPackaged && existsSync(path.join(process.resourcesPath, 'app-update.yml'));
  if (!feedUrl && !packagedConfig) return;
  // Updates are code: never from a feed an attacker on the network could answer instead.
  if (feedUrl && !feedUrl.startsWith('https://')) {
    console.error('Samanvay: SAMANVAY_UPDATE_URL must be an https:// address; updates are off.');
    return;
  }

  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  if (feedUrl) {
    autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
    autoUpdater.forceDevUpdateConfig = !app.isPackaged;
  }

  const ask = async (message: string, yes: string): Promise<boolean> => {
    if (window.isDestroyed()) return false;
    const { response } = await dialog.showMessageBox(window, {
      type: 'question',
      buttons: [yes, 'Later'],
      defaultId: 1,
      cancelId: 1,
      message,
    });
    return response === 0;
  };
  const report = (error: unknown) => {
    console.warn('Samanvay update check failed:', error instanceof Error ? error.message : error);
  };

  autoUpdater.on('update-available', (info) => {
    ask(`Samanvay ${info.version} is available. Download it now?`, 'Download')
      .then((yes) => (yes ? autoUpdater.downloadUpdate() : undefined))
      .catch(report);
  });
  autoUpdater.on('update-downloaded', (info) => {
    ask(`Samanvay ${info.version} is ready. Restart to install it now?`, 'Restart')
      .then((yes) => {
        if (yes) autoUpdater.quitAndInstall();
      })
      .catch(report);
  });
  autoUpdater.on('error', report);
  autoUpdater.checkForUpdates().catch(report);
}
