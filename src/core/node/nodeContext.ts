import type { EventName, PayloadOf } from '../../shared/api/contract';
import { SamanvayError } from '../../shared/errors';
import { createChangeLog, type ChangeLog } from '../changes/changeLog';
import { resignWithheldCommits } from '../changes/resignCommits';
import { createHlc, type Hlc } from '../changes/hlc';
import type { WallClock } from '../wallClock';
import type { Store } from '../db/types';
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
