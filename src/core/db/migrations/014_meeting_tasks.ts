import type { Migration } from './migration';

/**
 * Meeting tasks: a decision taken at a joint meeting is a log entry of category `task`,
 * addressed to its owner office, with a due time; it is done once its owner office or the
 * office that recorded it closes it (`closes`). The owner's board header lists its open tasks,
 * so they get an index of their own, by due time.
 */
export const migration014MeetingTasks: Migration = {
  version: 14,
  name: 'meeting_tasks',
  up(db) {
    db.exec(`
      CREATE INDEX log_tasks_by_due ON log_entries (due_at, id)
        WHERE category = 'task' AND deleted = 0;
    `);
  },
};
