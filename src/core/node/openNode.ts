import type { WallClock } from '../wallClock';
import { createStore, openStore } from '../db/store';
import type { StoreOptions, UnlockSecret } from '../db/types';
import { rebuildSearchIndexIfDue } from '../changes/searchIndexer';
import { movePhotosOut } from '../photos/movePhotosOut';
import { sweepPhotosIfDue } from '../photos/photoStorage';
import { initNode, type InitNodeInput } from './initNode';
import { loadNodeContext, type Emit, type NodeContext } from './nodeContext';

const systemClock: WallClock = { now: () => Date.now() };
const silent: Emit = () => undefined;

export interface NodeOptions extends StoreOptions {
  clock?: WallClock | undefined;
  emit?: Emit | undefined;
}

/**
 * Opens an existing node's store and loads its identity: what the CLI and createCore share.
 * Photos still inside the database (before migration 005) move out to their files first, the
 * search index is built if migration 009 asked for it, and once a week photos no record refers
 * to any more are removed. The daily compaction of the full text is not done here: a
 * long-lived node runs it in the background (`scheduleSearchCompaction`), off the unlock.
 */
export async function openNode(options: NodeOptions, unlock: UnlockSecret): Promise<NodeContext> {
  const store = await openStore({ ...options, unlock });
  try {
    const clock = options.clock ?? systemClock;
    const now = clock.now();
    movePhotosOut(store.db);
    rebuildSearchIndexIfDue(store.db, now);
    sweepPhotosIfDue(store.db, now);
    return loadNodeContext(store, clock, options.emit ?? silent);
  } catch (error) {
    store.close();
    throw error;
  }
}

/** Creates a new node: store, key file, identity, office and first operator. */
export async function createNode(
  options: NodeOptions & { passphrase: string },
  input: InitNodeInput,
): Promise<{ context: NodeContext; nodeId: string; recoveryKey: string }> {
  const clock = options.clock ?? systemClock;
  const { store, recoveryKey } = await createStore(options);
  try {
    const { nodeId } = initNode(store, input, clock);
    return { context: loadNodeContext(store, clock, options.emit ?? silent), nodeId, recoveryKey };
  } catch (error) {
    store.close();
    throw error;
  }
}
