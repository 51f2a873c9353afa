import type { Change } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import type { NodeContext } from '../node/nodeContext';
import { logEntry } from '../repos/logRepo';

/**
 * Tells open screens about changes recorded, written here (`local`) or arrived from another
 * node (`remote`): one `record.changed` per entity kind; and for received ones a
 * `lookout.urgent` for each urgent lookout, so every office that receives one raises its
 * banner and desktop notification. `createCore` calls it from the change log's commit
 * listener, the one place every commit passes.
 */
export function announceReceived(
  context: NodeContext,
  changes: readonly Change[],
  origin: 'local' | 'remote' = 'remote',
): void {
  const byEntity = new Map<EntityKind, Set<string>>();
  for (const change of changes) {
    const ids = byEntity.get(change.entity) ?? new Set<string>();
    ids.add(change.recordId);
    byEntity.set(change.entity, ids);
  }
  for (const [entity, ids] of byEntity) {
    context.emit('record.changed', { entity, ids: [...ids], origin });
  }
  if (origin === 'local') return;
  for (const change of changes) {
    const fields = change.body.fields;
    if (change.entity !== 'log' || change.op !== 'create' || fields?.urgent !== true) continue;
    const entry = logEntry(context.store.db, change.recordId);
    if (entry?.urgent) context.emit('lookout.urgent', entry);
  }
}
