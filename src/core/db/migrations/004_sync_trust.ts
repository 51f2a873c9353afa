import type { Migration } from './migration';

/** SQL for the `sharing` a case or suspect `id` had as of stamp `hlc`, from its changes. */
const sharingAt = (id: string, hlc: string) => `(
  SELECT json_extract(x.body, '$.fields.sharing') FROM changes x
  WHERE x.entity IN ('case', 'suspect') AND x.record_id = ${id}
    AND json_extract(x.body, '$.fields.sharing') IS NOT NULL AND x.hlc <= ${hlc}
  ORDER BY x.hlc DESC, x.origin DESC LIMIT 1)`;
const wasLocal = (id: string) => `${sharingAt(id, 'c.hlc')} = 'local'`;
const linkEnd = (end: string) =>
  `coalesce(json_extract(c.body, '$.fields.${end}'), (SELECT ${end === 'fromId' ? 'from_id' : 'to_id'} FROM links WHERE id = c.record_id))`;
const logRefs = `(SELECT value FROM json_each(coalesce(json_extract(c.body, '$.fields.caseIds'), (SELECT case_ids FROM log_entries WHERE id = c.record_id), '[]'))
  UNION ALL SELECT value FROM json_each(coalesce(json_extract(c.body, '$.fields.suspectIds'), (SELECT suspect_ids FROM log_entries WHERE id = c.record_id), '[]')))`;

/**
 * Sync trust (issue 7):
 * - `changes.local`: whether a change was marked local (withheld from every peer) when it was
 *   written. Changes written before this version get the decision the write path makes now,
 *   from the record's sharing as of each change's stamp (so a note written while its case
 *   was local stays local after the case turned shared); this node re-signs its own commits
 *   that withhold some (`meta 'commits.resign'`), since their old signatures did not cover it.
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

      UPDATE changes AS c SET local = 1 WHERE
        (c.entity IN ('case', 'suspect') AND ${wasLocal('c.record_id')})
        OR (c.entity = 'note' AND ${wasLocal(
          "coalesce(json_extract(c.body, '$.fields.targetId'), (SELECT target_id FROM notes WHERE id = c.record_id))",
        )})
        OR (c.entity = 'link' AND (${wasLocal(linkEnd('fromId'))} OR ${wasLocal(linkEnd('toId'))}))
        OR (c.entity = 'log' AND EXISTS (SELECT 1 FROM ${logRefs})
          AND NOT EXISTS (SELECT 1 FROM ${logRefs} AS r
            WHERE coalesce(${sharingAt('r.value', 'c.hlc')}, 'network') <> 'local'));

      INSERT INTO meta (key, value)
        SELECT 'commits.resign', '1' WHERE EXISTS (SELECT 1 FROM changes WHERE local = 1);
    `);
  },
};
