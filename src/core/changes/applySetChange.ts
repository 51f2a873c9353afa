import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Change } from '../../shared/domain/change';

export type Prepare = (sql: string) => Statement;

/** The add tag of a change: unique across the network. */
export function changeTag(change: Pick<Change, 'origin' | 'seq'>): string {
  return `${change.origin}:${change.seq}`;
}

function removalKey(change: Change, field: string, tag: string): string {
  return `${change.entity}/${change.recordId}/${field}/${tag}`;
}

/**
 * Add-wins set semantics (an observed-remove set): an element is present while some add of
 * it has not been cancelled by a remove that saw that add's tag. A remove that arrives
 * before its add is remembered, so arrival order does not matter.
 */
export function applySetChange(prepare: Prepare, change: Change): void {
  const field = change.body.field ?? '';
  const value = change.body.value ?? '';
  if (change.op === 'add') {
    const tag = changeTag(change);
    const removed = prepare('SELECT 1 FROM removed_tags WHERE tag = ?').get(
      removalKey(change, field, tag),
    );
    prepare(
      `INSERT OR IGNORE INTO set_elements (entity, record_id, field, value, tag, removed)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(change.entity, change.recordId, field, value, tag, removed ? 1 : 0);
    return;
  }
  for (const tag of change.body.tags ?? []) {
    prepare('INSERT OR IGNORE INTO removed_tags (tag) VALUES (?)').run(
      removalKey(change, field, tag),
    );
    prepare(
      `UPDATE set_elements SET removed = 1
       WHERE entity = ? AND record_id = ? AND field = ? AND tag = ?`,
    ).run(change.entity, change.recordId, field, tag);
  }
}
