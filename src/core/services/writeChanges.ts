import { randomBytes } from 'node:crypto';
import type { ChangeIntent } from '../../shared/domain/change';
import { newRecordId } from '../../shared/domain/ids';
import { SamanvayError } from '../../shared/errors';
import type { NodeContext } from '../node/nodeContext';

/**
 * Writes intents as one signed commit by the operator on duty. Open screens hear of it from
 * the change log's commit listener (`record.changed`), as they do of received commits.
 */
export function writeChanges(context: NodeContext, intents: ChangeIntent[]): void {
  if (intents.length === 0) return;
  context.changeLog.write(intents, context.session.operatorId);
}

/** A new record id, time-ordered by the node's clock. */
export function newId(context: NodeContext): string {
  return newRecordId(context.officeId, (size) => randomBytes(size), context.clock.now());
}

/** The owner row of a record, or NOT_FOUND; NOT_OWNER when this office may not edit it. */
export function requireOwned(context: NodeContext, table: 'cases' | 'suspects', id: string): void {
  const row = context.store.db
    .prepare(`SELECT office_id, deleted FROM ${table} WHERE id = ?`)
    .get(id) as { office_id: string; deleted: number } | undefined;
  if (!row || row.deleted) throw new SamanvayError('NOT_FOUND', undefined, { id });
  if (row.office_id !== context.officeId) throw new SamanvayError('NOT_OWNER', undefined, { id });
}

/** Keeps only the fields whose value differs from the current one. */
export function changedFields(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(next).filter(
      ([name, value]) => JSON.stringify(current[name]) !== JSON.stringify(value),
    ),
  );
}
