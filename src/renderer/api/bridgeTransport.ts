import type { Transport } from '../../shared/api/client';
import type { SamanvayBridge } from './bridge';
import { callErrorFromWire } from './callError';

/** The transport inside Electron: calls go through preload's bridge; failures throw CallError. */
export function createBridgeTransport(bridge: SamanvayBridge): Transport {
  return {
    async call(method, input) {
      const reply = await bridge.call(method, input);
      if (reply.ok) return reply.result;
      throw callErrorFromWire(reply.error);
    },
    subscribe: (event, listener) => bridge.subscribe(event, listener),
  };
}
