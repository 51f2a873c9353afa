import type { Migration } from './migration';

/**
 * Counting the overdue requests that still wait on an office reads every request past its due
 * time (tens of thousands on a node with years of them) and, for each, whether that office
 * replied: both from indexes that carry what the count needs, instead of from the rows.
 */
export const migration017OverdueRequests: Migration = {
  version: 17,
  name: 'overdue requests',
  up(db) {
    db.exec(`
      CREATE INDEX log_requests_open ON log_entries (due_at, id, office_id, addressed_to)
        WHERE due_at IS NOT NULL AND deleted = 0;
      CREATE INDEX log_replies_by_office ON log_entries (reply_to, office_id)
        WHERE reply_to IS NOT NULL AND deleted = 0;
    `);
  },
};
