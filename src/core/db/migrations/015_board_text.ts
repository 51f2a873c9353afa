import type { Migration } from './migration';

/**
 * The board's free text finds cases by id from the full-text index, often tens of thousands
 * ("theft" on 100k cases): reading each one's lane and time from this narrow index, instead of
 * from its row in the table, is what keeps counting them per lane and picking each lane's
 * newest quick.
 */
export const migration015BoardText: Migration = {
  version: 15,
  name: 'board text',
  up(db) {
    db.exec('CREATE INDEX cases_lane_by_id ON cases (id, lane, updated_at) WHERE deleted = 0');
  },
};
