/**
 * The preload: exposes `window.samanvay` with `call` and `subscribe` for the names the
 * contract declares, and nothing else. Main validates every call again; this is the first gate.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeChannels, type DispatchEnvelope, type SamanvayBridge } from '../shared/api/bridge';
import { isEventName, isMethod } from '../shared/api/contract';

const bridge: SamanvayBridge = {
  call(method, input) {
    if (!isMethod(method)) {
      return Promise.resolve<DispatchEnvelope>({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'Unknown request.' },
      });
    }
    return ipcRenderer.invoke(bridgeChannels.call, method, input) as Promise<DispatchEnvelope>;
  },
  subscribe(event, listener) {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
    const onEvent = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(bridgeChannels.event, onEvent);
    return () => {
      ipcRenderer.removeListener(bridgeChannels.event, onEvent);
    };
  },
};

contextBridge.exposeInMainWorld('samanvay', bridge);
