import type { Migration } from './migration';

/**
 * The log's time and reply indexes carry what a day's outline needs (id, time, what it
 * answers, deleted), so paging a day of 30,000 entries reads two index ranges instead of
 * fetching every row of the day. Same names, wider columns: every query that used them still
 * can.
 */
export const migration008LogOutline: Migration = {
  version: 8,
  name: 'log outline',
  up(db) {
    db.exec(`
      DROP INDEX log_by_time;
      CREATE INDEX log_by_time ON log_entries (at, id, reply_to, deleted);
      DROP INDEX log_by_reply;
      CREATE INDEX log_by_reply ON log_entries (reply_to, at, id, deleted) WHERE reply_to IS NOT NULL;
    `);
  },
};
