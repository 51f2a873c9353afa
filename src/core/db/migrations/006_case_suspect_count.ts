import type { Migration } from './migration';

/** The number of suspects linked to a case, from the links table (used in every trigger). */
const countOf = (caseId: string) =>
  `(SELECT count(*) FROM links WHERE to_id = ${caseId} AND kind = 'suspect_case' AND present = 1)`;

/**
 * A stored count of each case's linked suspects, so the board's "has suspects" filter reads a
 * column of the case instead of probing the links of every case (lane totals come from
 * migration 007's counters, so the column needs no index of its own: one less on every write). Triggers keep it equal to
 * the links whatever writes them (applying a change, replaying a record, a link that arrives
 * before its case): a link that appears, disappears or is forgotten recounts its case, and a
 * case row that is (re)made counts the links already there. The count derives from the links
 * alone, so nodes holding the same changes hold the same counts.
 */
export const migration006CaseSuspectCount: Migration = {
  version: 6,
  name: 'case suspect count',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN suspect_count INTEGER NOT NULL DEFAULT 0;
      UPDATE cases SET suspect_count = ${countOf('cases.id')}
        WHERE id IN (SELECT to_id FROM links WHERE kind = 'suspect_case' AND present = 1);

      CREATE TRIGGER cases_count_suspects AFTER INSERT ON cases
        WHEN EXISTS (SELECT 1 FROM links WHERE to_id = NEW.id AND kind = 'suspect_case' AND present = 1)
      BEGIN
        UPDATE cases SET suspect_count = ${countOf('NEW.id')} WHERE id = NEW.id;
      END;
      CREATE TRIGGER links_count_added AFTER INSERT ON links
        WHEN NEW.kind = 'suspect_case' AND NEW.present = 1
      BEGIN
        UPDATE cases SET suspect_count = ${countOf('NEW.to_id')} WHERE id = NEW.to_id;
      END;
      CREATE TRIGGER links_count_changed AFTER UPDATE OF present ON links
        WHEN NEW.kind = 'suspect_case' AND OLD.present IS NOT NEW.present
      BEGIN
        UPDATE cases SET suspect_count = ${countOf('NEW.to_id')} WHERE id = NEW.to_id;
      END;
      CREATE TRIGGER links_count_forgotten AFTER DELETE ON links
        WHEN OLD.kind = 'suspect_case' AND OLD.present = 1
      BEGIN
        UPDATE cases SET suspect_count = ${countOf('OLD.to_id')} WHERE id = OLD.to_id;
      END;
    `);
  },
};
