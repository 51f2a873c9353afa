import type { Change } from '../../shared/domain/change';
import { judgementRoles } from '../../shared/domain/enums';
import { officeOfRecordId } from '../../shared/domain/ids';
import { linkFields } from '../../shared/domain/records';

const strictLinkFields = linkFields.strict();
import type { ApplyOutcome } from './applyOutcome';
import { applySetChange, type Prepare } from './applySetChange';
import { orderKey, stampWall } from './hlc';
import { canonicalLink, linkId } from './linkId';

/**
 * Links are an add-wins set of their own: any office may link a suspect to a case or to an
 * associate. The link row keeps its earliest adder (by stamp) so every node agrees on it.
 */
export function applyLinkChange(prepare: Prepare, change: Change): ApplyOutcome {
  const body = { ...change.body, field: 'present', value: '1' };
  if (change.op !== 'add' && change.op !== 'remove') {
    return { status: 'refused', reason: 'INVALID_INPUT', detail: `links cannot ${change.op}` };
  }
  // Both an add and a remove name the link's ends, which the id must match.
  const parsed = strictLinkFields.safeParse(change.body.fields ?? {});
  if (!parsed.success) {
    return { status: 'refused', reason: 'INVALID_INPUT', detail: 'link fields' };
  }
  if (linkId(parsed.data) !== change.recordId) {
    return {
      status: 'refused',
      reason: 'INVALID_INPUT',
      detail: 'link id does not match its ends',
    };
  }
  const ends = [parsed.data.fromId, parsed.data.toId].map(officeOfRecordId);
  if (change.op === 'remove' && !ends.includes(change.office)) {
    // Any office may link records; only an office owning one end may unlink them.
    return {
      status: 'refused',
      reason: 'NOT_OWNER',
      detail: 'only an office owning an end unlinks',
    };
  }
  if (judgementRoles.includes(parsed.data.role) && !ends.includes(change.office)) {
    // "Same person", "not the same person", "same gang": a judgement of an owning office.
    return {
      status: 'refused',
      reason: 'NOT_OWNER',
      detail: 'only an office owning an end judges a pair',
    };
  }
  if (change.op === 'add') {
    const { kind, fromId, toId, role } = canonicalLink(parsed.data);
    prepare(
      `INSERT INTO links (id, kind, from_id, to_id, role, office_id, created_stamp, created_at, present)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
       ON CONFLICT (id) DO UPDATE SET office_id = excluded.office_id,
         created_stamp = excluded.created_stamp, created_at = excluded.created_at
       WHERE excluded.created_stamp < links.created_stamp`,
    ).run(
      change.recordId,
      kind,
      fromId,
      toId,
      role,
      change.office,
      orderKey(change),
      stampWall(change.hlc),
    );
  }
  applySetChange(prepare, { ...change, body });
  prepare(
    `UPDATE links SET present = EXISTS (
       SELECT 1 FROM set_elements
       WHERE entity = 'link' AND record_id = links.id AND field = 'present' AND removed = 0)
     WHERE id = ?`,
  ).run(change.recordId);
  return { status: 'applied' };
}
