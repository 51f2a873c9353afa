/**
 * The core worker's entry: one core per worker thread, driven by messages (workerProtocol.ts).
 * Every call goes through `dispatch`, which validates it against the contract, exactly as
 * when the core ran beside its callers; every contract event is posted back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { events, type EventName } from '../../shared/api/contract';
import { dispatch } from '../api/dispatch';
import { createCore } from '../createCore';
import { keyStoreClient } from './keyStoreBridge';
import type { CoreWorkerData, FromWorker, ToWorker } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('coreWorker runs only as a worker thread');
const data = workerData as CoreWorkerData;

const core = createCore({
  dbPath: data.dbPath,
  ...(data.kdf ? { kdf: data.kdf } : {}),
  ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  ...(data.sync ? { sync: data.sync } : {}),
  ...(data.housekeeping ? { housekeeping: true } : {}),
  ...(data.keyStore ? { osKeyStore: keyStoreClient(data.keyStore) } : {}),
});

const post = (message: FromWorker) => port.postMessage(message);

for (const event of Object.keys(events) as EventName[]) {
  core.on(event, (payload) => post({ type: 'event', event, payload }));
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    core.close();
    post({ type: 'closed' });
    port.close();
    return;
  }
  const { id } = message;
  void dispatch(core.api, message.method, message.input).then((outcome) => {
    try {
      post({ type: 'result', id, ...outcome });
    } catch {
      // A result that cannot be cloned (a function): report it rather than hang the call.
      post({ type: 'result', id, ok: false, error: { code: 'INTERNAL', message: 'INTERNAL' } });
    }
  });
});
