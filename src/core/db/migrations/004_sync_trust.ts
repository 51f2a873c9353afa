import type { Migration } from './migration';

/** Ids of records kept on this node only (`sharing = 'local'`). */
const localIds = `SELECT id FROM cases WHERE sharing = 'local' UNION SELECT id FROM suspects WHERE sharing = 'local'`;

/**
 * Sync trust (issue 7):
 * - `changes.local`: whether a change was marked local (withheld from every peer) when it was
 *   written. Changes written before this version get the decision the old send-time rule
 *   would make today, so nothing local leaks; this node re-signs its own commits that
 *   withhold some (`meta 'commits.resign'`), since their old signatures did not cover it.
 * - `peers.office_id`: the office bound at pairing (read over the phone with the node id);
 *   null for peers paired before, which must be paired again to be trusted as an office.
 * - `peers.public_key`: the peer's full public key, pinned at first contact.
 */
export const migration004SyncTrust: Migration = {
  version: 4,
  name: 'sync_trust',
  up(db) {
    db.exec(`
      ALTER TABLE changes ADD COLUMN local INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1));
      ALTER TABLE peers ADD COLUMN office_id TEXT;
      ALTER TABLE peers ADD COLUMN public_key TEXT;

      UPDATE changes SET local = 1 WHERE
        (entity IN ('case', 'suspect') AND record_id IN (${localIds}))
        OR (entity = 'note' AND record_id IN (SELECT id FROM notes WHERE target_id IN (${localIds})))
        OR (entity = 'link' AND record_id IN (
          SELECT id FROM links WHERE from_id IN (${localIds}) OR to_id IN (${localIds})))
        OR (entity = 'log' AND record_id IN (
          SELECT l.id FROM log_entries l
          WHERE json_array_length(l.case_ids) + json_array_length(l.suspect_ids) > 0
            AND NOT EXISTS (SELECT 1 FROM json_each(l.case_ids) j WHERE j.value NOT IN (${localIds}))
            AND NOT EXISTS (SELECT 1 FROM json_each(l.suspect_ids) j WHERE j.value NOT IN (${localIds}))));

      INSERT INTO meta (key, value)
        SELECT 'commits.resign', '1' WHERE EXISTS (SELECT 1 FROM changes WHERE local = 1);
    `);
  },
};
