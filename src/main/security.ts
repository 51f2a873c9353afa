import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  net,
  protocol,
  type BrowserWindow,
  type IpcMainInvokeEvent,
  type Session,
} from 'electron';
import { appScheme, isRendererUrl, rendererFileFor } from './contentPolicy';
import { isPermissionGranted } from './permissions';

/** Must run before `app` is ready: gives the renderer's scheme a real, secure origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rootDir` (out/renderer) at `samanvay://app/`, with the CSP on every response. */
export function serveRenderer(rootDir: string, policy: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = rendererFileFor(request.url, rootDir);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', policy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/**
 * Locks a session down: the CSP on every response (the dev server's too), every permission
 * but desktop notifications refused, no navigation away, no new windows, no <webview>.
 */
export function hardenSession(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionGranted(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** True when an IPC call comes from the main frame of `window` showing our renderer. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow,
  devServerUrl: string | undefined,
): boolean {
  const frame = event.senderFrame;
  return (
    !window.isDestroyed() &&
    event.sender === window.webContents &&
    frame !== null &&
    frame.parent === null &&
    isRendererUrl(frame.url, devServerUrl)
  );
}

/** Where the built preload and renderer sit beside the built main (out/main/index.js). */
export function builtPaths(mainDir: string): { preload: string; renderer: string } {
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    renderer: path.join(mainDir, '..', 'renderer'),
  };
}
