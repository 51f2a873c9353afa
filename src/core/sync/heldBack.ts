import type { HeldBackView } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';
import type { Refusal } from './sessionReport';

/** The label the demo gives the workstations it simulates for other offices. */
export const simulatedNodeLabel = 'simulated demo workstation';

/**
 * Explains what stays behind because the peer refused whole commits: for each refused origin,
 * its office, whether it is a workstation the demo simulated, and how many records of each
 * kind its changes carry. A demo database pairs with a real node of an office it simulated:
 * that node rightly refuses a stranger signing for its own office, and the operator is told
 * which records stay here and why.
 */
export function heldBackOf(db: ReadDb, refusedThere: readonly Refusal[]): HeldBackView[] {
  const node = db.prepare('SELECT office_id, label FROM nodes WHERE id = ?');
  const records = db.prepare(
    `SELECT entity, count(DISTINCT record_id) AS n FROM changes
     WHERE origin = ? AND local = 0 GROUP BY entity`,
  );
  const byOrigin = new Map<string, Refusal>();
  for (const refusal of refusedThere)
    if (refusal.scope === 'commit' && !byOrigin.has(refusal.origin))
      byOrigin.set(refusal.origin, refusal);
  return [...byOrigin.values()].map((refusal) => {
    const row = node.get(refusal.origin.toLowerCase()) as
      { office_id: string; label: string } | undefined;
    const counts = Object.fromEntries(
      (records.all(refusal.origin) as Array<{ entity: string; n: number }>).map((entry) => [
        entry.entity,
        entry.n,
      ]),
    );
    return {
      origin: refusal.origin,
      officeId: row?.office_id ?? null,
      simulated: row?.label === simulatedNodeLabel,
      code: refusal.code,
      detail: refusal.detail,
      cases: counts.case ?? 0,
      suspects: counts.suspect ?? 0,
      logEntries: counts.log ?? 0,
    };
  });
}
