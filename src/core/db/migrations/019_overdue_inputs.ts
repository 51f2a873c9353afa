import type { Migration } from './migration';

/**
 * The overdue-request answer is kept until what it reads changes; until now any write, so a
 * case saved or a plain log line posted made the next ask count every request past due again
 * (255 ms on a node with 33,000 of them, and core answers one call at a time). This
 * version is raised, by triggers, only by writes the answer reads: requests and replies
 * (a log entry with a due time or a reply-to), any edit or removal of a log entry, closes,
 * acknowledgements of requests (not of other entries: the commonest log write), offices and
 * operators' names. Triggers see every connection's writes, as the answer must.
 */
export const migration019OverdueInputs: Migration = {
  version: 19,
  name: 'overdue inputs',
  up(db) {
    const bump = 'BEGIN UPDATE overdue_inputs SET version = version + 1; END;';
    // A log set element the answer may show: every kind but an acknowledgement of a plain entry.
    const shown = (row: 'NEW' | 'OLD') =>
      `${row}.entity = 'log' AND (${row}.field <> 'acks' OR EXISTS (SELECT 1 FROM log_entries
         WHERE id = ${row}.record_id AND due_at IS NOT NULL))`;
    db.exec(`
      CREATE TABLE overdue_inputs (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
      ) STRICT;
      INSERT INTO overdue_inputs (id, version) VALUES (1, 0);
      CREATE TRIGGER overdue_inputs_log_added AFTER INSERT ON log_entries
        WHEN NEW.due_at IS NOT NULL OR NEW.reply_to IS NOT NULL ${bump}
      CREATE TRIGGER overdue_inputs_log_changed AFTER UPDATE ON log_entries ${bump}
      CREATE TRIGGER overdue_inputs_log_removed AFTER DELETE ON log_entries ${bump}
      CREATE TRIGGER overdue_inputs_set_added AFTER INSERT ON set_elements
        WHEN ${shown('NEW')} ${bump}
      CREATE TRIGGER overdue_inputs_set_changed AFTER UPDATE ON set_elements
        WHEN ${shown('NEW')} OR ${shown('OLD')} ${bump}
      CREATE TRIGGER overdue_inputs_set_removed AFTER DELETE ON set_elements
        WHEN ${shown('OLD')} ${bump}
      CREATE TRIGGER overdue_inputs_office_added AFTER INSERT ON offices ${bump}
      CREATE TRIGGER overdue_inputs_office_changed AFTER UPDATE ON offices ${bump}
      CREATE TRIGGER overdue_inputs_office_removed AFTER DELETE ON offices ${bump}
      CREATE TRIGGER overdue_inputs_operator_added AFTER INSERT ON operators ${bump}
      CREATE TRIGGER overdue_inputs_operator_changed AFTER UPDATE ON operators ${bump}
      CREATE TRIGGER overdue_inputs_operator_removed AFTER DELETE ON operators ${bump}
    `);
  },
};
