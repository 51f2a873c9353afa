import type { Change } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import type { NodeContext } from '../node/nodeContext';
import { logEntry } from '../repos/logRepo';

/** Received record ids not yet told, per entity kind, for one node. */
type Untold = Map<EntityKind, Set<string>>;
const untoldByNode = new WeakMap<NodeContext, Untold>();

/**
 * Tells open screens about changes recorded, written here (`local`) or arrived from another
 * node (`remote`): one `record.changed` per entity kind; and for received ones a
 * `lookout.urgent` for each urgent lookout, so every office that receives one raises its
 * banner and desktop notification. `createCore` calls it from the change log's commit
 * listener, the one place every commit passes.
 *
 * A local write is told at once. Received commits are told together once the work in hand
 * is done (a microtask): sync applies a batch of up to 2,000 commits in one go, and one event
 * per commit cost a sixth of a catch-up's time in posting them to the host (profiled), while
 * a screen only needs to know once which records to read again.
 */
export function announceReceived(
  context: NodeContext,
  changes: readonly Change[],
  origin: 'local' | 'remote' = 'remote',
): void {
  if (origin === 'local') {
    for (const [entity, ids] of idsByEntity(changes, new Map()))
      context.emit('record.changed', { entity, ids: [...ids], origin });
    return;
  }
  let untold = untoldByNode.get(context);
  if (!untold) {
    const fresh: Untold = new Map();
    untold = fresh;
    untoldByNode.set(context, fresh);
    queueMicrotask(() => {
      untoldByNode.delete(context);
      // A node locked meanwhile has no screens left to tell.
      if (!context.store.db.open) return;
      for (const [entity, ids] of fresh) {
        // Away from the commit that caused it, a listener's failure must not lose the other
        // kinds' events, nor end the process.
        try {
          context.emit('record.changed', { entity, ids: [...ids], origin: 'remote' });
        } catch (error) {
          console.error('samanvay: telling the screens of received records failed:', error);
        }
      }
    });
  }
  idsByEntity(changes, untold);
  for (const change of changes) {
    const fields = change.body.fields;
    if (change.entity !== 'log' || change.op !== 'create' || fields?.urgent !== true) continue;
    const entry = logEntry(context.store.db, change.recordId);
    if (entry?.urgent) context.emit('lookout.urgent', entry);
  }
}

/** Adds each change's record id to `into`, by entity kind. */
function idsByEntity(changes: readonly Change[], into: Untold): Untold {
  for (const change of changes) {
    const ids = into.get(change.entity) ?? new Set<string>();
    ids.add(change.recordId);
    into.set(change.entity, ids);
  }
  return into;
}
