import { contract, type CoreApi, type EventName, type Method } from '../shared/api/contract';
import type { SessionStatus } from '../shared/api/views';
import { nfcDeep } from '../shared/text/nfc';
import { SamanvayError } from '../shared/errors';
import type { Core, CoreOptions, EventListener } from './coreTypes';
import type { WallClock } from './wallClock';
import { addOsKeyStoreSlot } from './db/keySlots';
import { keySlotsAvailable, storeExists } from './db/store';
import type { UnlockSecret } from './db/types';
import type { Emit, NodeContext } from './node/nodeContext';
import { scheduleSearchCompaction } from './changes/searchCompaction';
import { createNode, openNode } from './node/openNode';
import { getOffice, getOperator } from './repos/officeRepo';
import { announceReceived } from './services/announceReceived';
import { createNodeApi, type NodeApi } from './services/nodeApi';
import { listenFromSetting } from './sync/listenSetting';
import { createSyncApi, type SyncApi } from './sync/syncApi';
import { createBundleApi, type BundleApi } from './bundles/bundleApi';
import { createBulletinApi, type BulletinApi } from './bulletin/bulletinApi';
import { createSyncService, type SyncService, type SyncServiceOptions } from './sync/syncService';
import { createSyncAdminApi, type SyncAdminApi, type SyncControl } from './sync/syncAdminApi';

const systemClock: WallClock = { now: () => Date.now() };

/** The calls of an unlocked node. */
type OpenApi = NodeApi & SyncApi & SyncAdminApi & BundleApi & BulletinApi;

const sessionMethods = new Set<Method>([
  'session.status',
  'session.init',
  'session.unlock',
  'session.lock',
]);

/**
 * One node's core. It starts locked (or new, with no database yet); `session.init` or
 * `session.unlock` opens the encrypted store, and every other call needs it open.
 */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const emit: Emit = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) {
      (listener as (value: typeof payload) => void)(payload);
    }
  };
  const nodeOptions = {
    dbPath: options.dbPath,
    nativeBinding: options.nativeBinding,
    kdf: options.kdf,
    clock,
    emit,
  };
  let node:
    | { context: NodeContext; api: OpenApi; sync?: SyncService; stopHousekeeping?: () => void }
    | undefined;

  function status(): SessionStatus {
    if (node) {
      const { context } = node;
      const office = getOffice(context.store.db, context.officeId);
      const operator = getOperator(context.store.db, context.session.operatorId);
      return {
        state: 'unlocked',
        nodeId: context.identity.nodeId,
        ...(office ? { office } : {}),
        ...(operator ? { operator } : {}),
        unlockWith: keySlotsAvailable(options.dbPath),
      };
    }
    if (!storeExists(options.dbPath)) return { state: 'new', unlockWith: [] };
    let unlockWith: SessionStatus['unlockWith'] = [];
    try {
      unlockWith = keySlotsAvailable(options.dbPath);
    } catch {
      // A missing or damaged key file is reported by the unlock attempt, with its own code.
    }
    return { state: 'locked', unlockWith };
  }

  function open(context: NodeContext): SessionStatus {
    // Every commit, written here or received, tells open screens once, from this one place.
    context.changeLog.onCommit((_commit, source, changes) =>
      announceReceived(context, changes, source),
    );
    // Every sync event goes out as `sync.event` too: the headless node's log, in any process.
    const serviceOf = (settings: Omit<SyncServiceOptions, 'context'>): SyncService =>
      createSyncService({
        ...settings,
        context,
        onEvent: (event) => {
          settings.onEvent?.(event);
          context.emit('sync.event', event);
        },
      });
    const startSync = (): void => {
      if (!options.sync) return;
      // A listen address given at launch wins; else the one saved on the Sync screen.
      const listen = options.sync.listen ?? listenFromSetting(context.store.db);
      const sync = serviceOf({ ...options.sync, listen });
      opened.sync = sync;
      // A port already in use must not keep the operator out: the failure is in the sync log.
      sync.start().catch(() => undefined);
    };
    const restartSync = async (): Promise<void> => {
      if (!options.sync || node !== opened) return;
      await opened.sync?.stop();
      startSync();
    };
    // The command line runs the service itself (`samanvay node`, `sync --once`).
    const control: SyncControl = {
      current: () => opened.sync,
      start: async ({ listen, only }) => {
        await control.stop();
        const sync = serviceOf({ ...options.sync, listen, only });
        opened.sync = sync;
        try {
          return await sync.start();
        } catch (error) {
          await control.stop();
          throw error;
        }
      },
      stop: async () => {
        const running = opened.sync;
        opened.sync = undefined;
        await running?.stop();
        return running !== undefined;
      },
    };
    const opened: NonNullable<typeof node> = {
      context,
      api: {
        ...createNodeApi(context, options.kdf),
        ...createSyncApi(context, () => opened.sync, restartSync),
        ...createSyncAdminApi(context, control),
        ...createBundleApi(context),
        ...createBulletinApi(context),
      },
    };
    startSync();
    if (options.housekeeping)
      opened.stopHousekeeping = scheduleSearchCompaction(context.store.db, context.clock);
    node = opened;
    const current = status();
    emit('session.changed', current);
    return current;
  }

  function shut(): void {
    const closing = node;
    node = undefined;
    if (!closing) return;
    closing.stopHousekeeping?.();
    // Stopping closes every session at once; only the listener's close finishes later.
    void closing.sync?.stop();
    closing.context.store.close();
  }

  function requireNode(): OpenApi {
    if (!node) throw new SamanvayError(storeExists(options.dbPath) ? 'LOCKED' : 'NOT_INITIALISED');
    return node.api;
  }

  const sessionApi: Pick<
    CoreApi,
    'session.status' | 'session.init' | 'session.unlock' | 'session.lock'
  > = {
    'session.status': async () => status(),
    'session.init': async ({ office, operator, passphrase }) => {
      if (node || storeExists(options.dbPath)) throw new SamanvayError('DATABASE_EXISTS');
      // Names are stored in NFC like every record; the passphrase is kept byte for byte, as
      // earlier versions derived keys from it.
      const created = await createNode(
        { ...nodeOptions, passphrase },
        { office: nfcDeep(office), operator: nfcDeep(operator) },
      );
      // On a workstation, this computer's key store becomes a third way in (no typing at
      // every shift change); the passphrase and the printed recovery key still work.
      if (options.osKeyStore?.isAvailable()) {
        await addOsKeyStoreSlot({
          ...nodeOptions,
          unlock: { passphrase },
          osKeyStore: options.osKeyStore,
        });
      }
      open(created.context);
      return { nodeId: created.nodeId, recoveryKey: created.recoveryKey };
    },
    'session.unlock': async (secret) => {
      if (node) throw new SamanvayError('ALREADY_UNLOCKED');
      let unlock: UnlockSecret;
      if ('osKeyStore' in secret) {
        if (!options.osKeyStore?.isAvailable()) throw new SamanvayError('OS_KEYSTORE_UNAVAILABLE');
        unlock = { osKeyStore: options.osKeyStore };
      } else {
        unlock = secret;
      }
      return open(await openNode(nodeOptions, unlock));
    },
    'session.lock': async () => {
      shut();
      const current = status();
      emit('session.changed', current);
      return current;
    },
  };

  // Opening and closing the store take turns: two unlocks, or a lock during an unlock's key
  // derivation, must not interleave (a store opened twice, or reopened after a lock).
  let sessionTurn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = sessionTurn.then(run, run);
    sessionTurn = result.catch(() => undefined);
    return result;
  };
  const api: Partial<Record<Method, (input: never) => Promise<unknown>>> = {
    'session.status': sessionApi['session.status'],
    'session.init': (input) => inTurn(() => sessionApi['session.init'](input)),
    'session.unlock': (input) => inTurn(() => sessionApi['session.unlock'](input)),
    'session.lock': (input) => inTurn(() => sessionApi['session.lock'](input)),
  };
  for (const name of Object.keys(contract) as Method[]) {
    if (sessionMethods.has(name)) continue;
    // Every record call, write or search, takes its strings in NFC: the one place they enter.
    api[name] = async (input: never) =>
      (requireNode()[name as keyof OpenApi] as (value: never) => Promise<unknown>)(nfcDeep(input));
  }

  return {
    api: api as unknown as CoreApi,
    on<E extends EventName>(event: E, listener: EventListener<E>) {
      const set = listeners.get(event) ?? new Set();
      const entry = listener as (payload: never) => void;
      set.add(entry);
      listeners.set(event, set);
      return () => set.delete(entry);
    },
    close() {
      shut();
    },
  };
}
