import type { Migration } from './migration';

/** The counted group of a case row (`row` is NEW or OLD), as the values of case_counts' key. */
const groupOf = (row: string) =>
  `${row}.lane, ${row}.office_id, ${row}.police_station, ${row}.crime_head, ${row}.priority, ${row}.suspect_count > 0`;

/** The columns that place a case in its group; an update of another column leaves counts be. */
const grouped = ['lane', 'office_id', 'police_station', 'crime_head', 'priority'];

/**
 * Counts of the live cases in each lane by the board's filters (office, police station, crime
 * head, priority, has suspects), kept by triggers on the cases table, so the board's lane
 * totals read a few thousand counters instead of walking 100,000 cases. The counters derive
 * from the cases table alone: they are equal on nodes with equal cases, and a record replayed
 * from the log (row deleted, made again) counts itself out and back in. Needs migration 006's
 * suspect_count column. The board's filter indexes gain the time order of a lane's cards.
 */
export const migration007CaseCounts: Migration = {
  version: 7,
  name: 'case counts',
  up(db) {
    const changed = grouped
      .map((column) => `OLD.${column} IS NOT NEW.${column}`)
      .concat([
        '(OLD.suspect_count > 0) IS NOT (NEW.suspect_count > 0)',
        'OLD.deleted IS NOT NEW.deleted',
      ])
      .join(' OR ');
    const add = (row: string) => `
        INSERT INTO case_counts (lane, office_id, police_station, crime_head, priority, has_suspects, n)
        VALUES (${groupOf(row)}, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;`;
    // A group that empties is dropped, so the table is a function of the cases alone.
    const subtract = (row: string, when = '') => {
      const key = `lane = ${row}.lane AND office_id = ${row}.office_id
          AND police_station = ${row}.police_station AND crime_head = ${row}.crime_head
          AND priority = ${row}.priority AND has_suspects = (${row}.suspect_count > 0)${when}`;
      return `
        UPDATE case_counts SET n = n - 1 WHERE ${key};
        DELETE FROM case_counts WHERE n = 0 AND ${key};`;
    };
    db.exec(`
      CREATE TABLE case_counts (
        lane TEXT NOT NULL,
        office_id TEXT NOT NULL,
        police_station TEXT NOT NULL,
        -- The board matches a crime head ignoring case, so its counters do too.
        crime_head TEXT NOT NULL COLLATE NOCASE,
        priority TEXT NOT NULL,
        has_suspects INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (lane, office_id, police_station, crime_head, priority, has_suspects)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO case_counts (lane, office_id, police_station, crime_head, priority, has_suspects, n)
        SELECT ${groupOf('c')}, count(*) FROM cases c WHERE c.deleted = 0
        GROUP BY c.lane, c.office_id, c.police_station, c.crime_head COLLATE NOCASE, c.priority,
          c.suspect_count > 0;

      CREATE TRIGGER case_counts_on_insert AFTER INSERT ON cases WHEN NEW.deleted = 0
      BEGIN ${add('NEW')}
      END;
      CREATE TRIGGER case_counts_on_update AFTER UPDATE ON cases WHEN ${changed}
      BEGIN
        ${subtract('OLD', ' AND OLD.deleted = 0')}
        INSERT INTO case_counts (lane, office_id, police_station, crime_head, priority, has_suspects, n)
        SELECT ${groupOf('NEW')}, 1 WHERE NEW.deleted = 0
        ON CONFLICT DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER case_counts_on_delete AFTER DELETE ON cases WHEN OLD.deleted = 0
      BEGIN ${subtract('OLD')}
      END;

      -- With the counts kept above, these indexes serve a lane's first cards: most recently
      -- changed first, read in order instead of sorting every case of the office or station.
      DROP INDEX cases_by_office;
      CREATE INDEX cases_by_office ON cases (office_id, lane, updated_at DESC) WHERE deleted = 0;
      DROP INDEX cases_by_station;
      CREATE INDEX cases_by_station ON cases (police_station, lane, updated_at DESC)
        WHERE deleted = 0;
      DROP INDEX cases_by_crime_head;
      CREATE INDEX cases_by_crime_head ON cases (crime_head COLLATE NOCASE, lane, updated_at DESC)
        WHERE deleted = 0;
    `);
  },
};
