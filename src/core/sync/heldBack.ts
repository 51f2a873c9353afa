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

/** One line saying what stays behind and why, for `sync --once` and the logs. */
export function heldBackLine(view: HeldBackView): string {
  const who = view.simulated
    ? `the demo's simulated workstation of ${view.officeId ?? '?'} (${view.origin})`
    : `node ${view.origin} of ${view.officeId ?? '?'}`;
  const what = `${view.cases} cases, ${view.suspects} suspects and ${view.logEntries} log entries`;
  const why =
    view.code === 'UNKNOWN_NODE'
      ? `the peer takes ${view.officeId ?? 'that office'}'s records only from computers paired with it or vouched for by its office`
      : `the peer refused them (${view.code}: ${view.detail})`;
  return `${what} signed by ${who} stay here: ${why}.`;
}
