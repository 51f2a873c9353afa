import type { EventName, PayloadOf } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import { createChangeLog, type ChangeLog } from '../changes/changeLog';
import { resignWithheldCommits } from '../changes/resignCommits';
import { createHlc, type Hlc } from '../changes/hlc';
import type { WallClock } from '../wallClock';
import type { Store } from '../db/types';
import { deriveBundleKey } from '../identity/bundleKey';
import { identityFromPrivateKey, type NodeIdentity } from '../identity/nodeIdentity';
import { latestStamp } from './latestStamp';
import { readMeta } from './meta';

export type Emit = <E extends EventName>(event: E, payload: PayloadOf<E>) => void;

/** Everything the services of an unlocked node share. */
export interface NodeContext {
  store: Store;
  identity: NodeIdentity;
  officeId: string;
  clock: WallClock;
  hlc: Hlc;
  changeLog: ChangeLog;
  emit: Emit;
  /** The operator on duty: every change is attributed to them. */
  session: { operatorId: string };
}

/** Builds the context of an unlocked store whose identity was set up by `initNode`. */
export function loadNodeContext(store: Store, clock: WallClock, emit: Emit): NodeContext {
  const privateKey = readMeta(store.db, 'node.privateKey');
  const officeId = readMeta(store.db, 'office.id');
  if (!privateKey || !officeId) {
    throw new SamanvayError('NOT_A_SAMANVAY_DATABASE', 'The database has no node identity.');
  }
  const identity = identityFromPrivateKey(privateKey);
  const hlc = createHlc(clock, latestStamp(store.db));
  const changeLog = createChangeLog({ db: store.db, identity, hlc, clock, officeId });
  resignWithheldCommits(store.db, identity);
  publishBundleKey(store, identity, changeLog);
  return {
    store,
    identity,
    officeId,
    clock,
    hlc,
    changeLog,
    emit,
    session: { operatorId: readMeta(store.db, 'operator.id') ?? '' },
  };
}

/**
 * A node made before bundles existed publishes its bundle key once, as an edit of its own
 * signed node record, so peers can encrypt bundles for it after the next sync.
 */
function publishBundleKey(store: Store, identity: NodeIdentity, changeLog: ChangeLog): void {
  const row = store.db
    .prepare('SELECT bundle_key FROM nodes WHERE id = ? AND deleted = 0')
    .get(identity.nodeId.toLowerCase()) as { bundle_key: string | null } | undefined;
  const recipient = deriveBundleKey(identity).recipient;
  if (!row || row.bundle_key === recipient) return;
  changeLog.write(
    [
      {
        entity: 'node',
        recordId: identity.nodeId.toLowerCase(),
        op: 'update',
        body: { fields: { bundleKey: recipient } },
      },
    ],
    'system',
  );
}
