import type { Stats } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';

function count(db: ReadDb, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

/** Counts of every record kind and of the change log. */
export function readStats(db: ReadDb): Omit<Stats, 'nodeId' | 'officeId' | 'officeName'> {
  return {
    counts: {
      offices: count(db, 'SELECT count(*) AS n FROM offices WHERE deleted = 0'),
      nodes: count(db, 'SELECT count(*) AS n FROM nodes WHERE deleted = 0'),
      operators: count(db, 'SELECT count(*) AS n FROM operators WHERE deleted = 0'),
      cases: count(db, 'SELECT count(*) AS n FROM cases WHERE deleted = 0'),
      suspects: count(db, 'SELECT count(*) AS n FROM suspects WHERE deleted = 0'),
      photos: count(db, 'SELECT count(*) AS n FROM photos'),
      links: count(db, 'SELECT count(*) AS n FROM links WHERE present = 1'),
      logEntries: count(db, 'SELECT count(*) AS n FROM log_entries WHERE deleted = 0'),
      notes: count(db, 'SELECT count(*) AS n FROM notes WHERE deleted = 0'),
      vehicles: count(
        db,
        "SELECT count(DISTINCT value) AS n FROM set_elements WHERE field = 'vehicles' AND removed = 0",
      ),
    },
    changes: count(db, 'SELECT count(*) AS n FROM changes'),
    commits: count(db, 'SELECT count(*) AS n FROM commits'),
    equivocations: count(db, 'SELECT count(*) AS n FROM equivocations'),
  };
}
