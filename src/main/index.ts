/**
 * Electron main process: one window on one core. Everything that can run without Electron
 * lives in core; this file only wires core to the window, the OS key store and updates.
 *
 * Flags: `--db <path>` opens that database, `--demo` the demo database under userData
 * (`<userData>/demo/samanvay.db`, made by `samanvay demo --db <that path>`), otherwise
 * `SAMANVAY_DB` or `<userData>/samanvay.db`. `--native-binding <path>` gives core a
 * better-sqlite3 binary built for Electron (`npm start` builds one in .electron-native/).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { withBundleDialogs } from '../core/worker/bundleDialogs';
import { withPdfDialogs } from '../core/worker/pdfDialogs';
import { startCoreWorker } from '../core/worker/startCoreWorker';
import { electronBundleDialogs } from './bundleDialogs';
import { electronPdfDialogs } from './pdfDialogs';
import { appOrigin, contentSecurityPolicy } from './contentPolicy';
import { forwardEvents, registerCallHandler } from './ipc';
import { parseLaunchOptions } from './launchOptions';
import { createOsKeyStore } from './osKeyStore';
import {
  builtPaths,
  hardenSession,
  isTrustedSender,
  registerAppScheme,
  serveRenderer,
} from './security';
import { startUpdater } from './updater';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const paths = builtPaths(path.dirname(fileURLToPath(import.meta.url)));

function createWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Samanvay',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

function start(): void {
  const options = parseLaunchOptions(process.argv, process.env, app.getPath('userData'));
  if (options.demo && !existsSync(options.dbPath)) {
    throw new Error(
      `There is no demo database yet. Create it with:\n  samanvay demo --db "${options.dbPath}"`,
    );
  }
  mkdirSync(path.dirname(options.dbPath), { recursive: true });
  const policy = contentSecurityPolicy({ dev: devServerUrl !== undefined });
  hardenSession(session.defaultSession, policy);
  serveRenderer(paths.renderer, policy);

  // The core runs in a worker thread: no database work ever blocks this process's windows.
  // The OS key store stays here (safeStorage answers only on main) and the worker asks it.
  const core = startCoreWorker({
    dbPath: options.dbPath,
    workerFile: path.join(path.dirname(fileURLToPath(import.meta.url)), 'coreWorker.js'),
    osKeyStore: createOsKeyStore(),
    // Sync with paired peers while unlocked; accept them too when a listen address is given.
    sync: { listen: options.listen },
    // The app stays open for a shift: the daily upkeep runs in the background.
    housekeeping: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const window = createWindow(paths.preload);
  // The page never names a file: bundles and PDFs are saved and opened where the operator chooses.
  const pageHost = withPdfDialogs(
    withBundleDialogs(core, electronBundleDialogs(window)),
    electronPdfDialogs(window),
  );
  const unregister = registerCallHandler(pageHost, (event) =>
    isTrustedSender(event, window, devServerUrl),
  );
  const stopEvents = forwardEvents(core, window.webContents);
  window.on('closed', stopEvents);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    unregister();
    void core.close();
  });
  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  window.loadURL(devServerUrl ?? `${appOrigin}/index.html`).catch(fail);
  startUpdater(window);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Samanvay cannot start', message);
  app.exit(1);
}

registerAppScheme();
app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(start).catch(fail);
}
