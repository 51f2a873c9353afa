import type { Migration } from './migration';

/**
 * Indexes for the board's filters: with the lane second, a filtered board counts each lane
 * and reads its first cards from the index instead of walking every case.
 */
export const migration003BoardIndexes: Migration = {
  version: 3,
  name: 'board indexes',
  up(db) {
    db.exec(`
      CREATE INDEX cases_by_priority ON cases (priority, lane, updated_at DESC) WHERE deleted = 0;
      CREATE INDEX cases_by_crime_head ON cases (crime_head COLLATE NOCASE, lane) WHERE deleted = 0;
      CREATE INDEX cases_by_station ON cases (police_station, lane) WHERE deleted = 0;
    `);
  },
};
