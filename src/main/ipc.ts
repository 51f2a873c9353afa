import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { CoreHost } from '../core/worker/coreHost';
import { isAdminMethod } from '../shared/api/adminContract';
import { bridgeChannels, type DispatchEnvelope } from '../shared/api/bridge';
import { events, type EventName } from '../shared/api/contract';
import { SamanvayError, toWireError } from '../shared/errors';

/**
 * Registers the one call channel: a call is served only when it comes from the main frame
 * of our window showing our renderer, and goes to the core worker, where `dispatch`
 * validates the input against the contract and turns every failure into `{ code, message }`.
 * Returns the unregister function.
 */
export function registerCallHandler(
  core: CoreHost,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  ipcMain.handle(
    bridgeChannels.call,
    async (event, method: unknown, input: unknown): Promise<DispatchEnvelope> => {
      // The command line's administration calls are never the window's to make.
      if (!isTrustedSender(event) || isAdminMethod(method)) {
        return { ok: false, error: toWireError(new SamanvayError('FORBIDDEN')) };
      }
      return core.call(method, input);
    },
  );
  return () => ipcMain.removeHandler(bridgeChannels.call);
}

/** Sends every event the contract declares to one window; returns the unsubscribe function. */
export function forwardEvents(core: CoreHost, webContents: WebContents): () => void {
  const unsubscribers = (Object.keys(events) as EventName[]).map((name) =>
    core.on(name, (payload) => {
      if (!webContents.isDestroyed()) webContents.send(bridgeChannels.event, name, payload);
    }),
  );
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
