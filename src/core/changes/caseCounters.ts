import type { Db } from '../db/openDatabase';

/**
 * What a new case row adds to the maintained counts (migration 016 moved this here from two
 * INSERT triggers): its group in `case_counts` (migration 007), then its `suspect_count` from
 * links that arrived before it (migration 006). In that order: the recount is an UPDATE, whose
 * trigger moves the case from the no-suspects group to the has-suspects one. Call right after
 * inserting the row, in the same transaction; the counts derive from the rows alone, so nodes
 * with equal cases and links hold equal counts.
 */
export function createCaseCounters(db: Db) {
  const groupOf = db.prepare(
    'SELECT lane, office_id, police_station, crime_head, priority FROM cases WHERE id = ? AND deleted = 0',
  );
  const countIn = db.prepare(
    `INSERT INTO case_counts (lane, office_id, police_station, crime_head, priority, has_suspects, n)
     VALUES (?, ?, ?, ?, ?, 0, 1) ON CONFLICT DO UPDATE SET n = n + 1`,
  );
  const linked = db.prepare(
    "SELECT 1 FROM links WHERE to_id = ? AND kind = 'suspect_case' AND present = 1 LIMIT 1",
  );
  const recount = db.prepare(
    `UPDATE cases SET suspect_count =
       (SELECT count(*) FROM links WHERE to_id = ? AND kind = 'suspect_case' AND present = 1)
     WHERE id = ?`,
  );
  return {
    /** Counts the case row just inserted with id `caseId` (suspect_count 0 as inserted). */
    inserted(caseId: string): void {
      const group = groupOf.get(caseId) as
        | {
            lane: string;
            office_id: string;
            police_station: string;
            crime_head: string;
            priority: string;
          }
        | undefined;
      if (!group) return;
      countIn.run(
        group.lane,
        group.office_id,
        group.police_station,
        group.crime_head,
        group.priority,
      );
      if (linked.get(caseId) !== undefined) recount.run(caseId, caseId);
    },
  };
}
