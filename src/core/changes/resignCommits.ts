import type { Commit } from '../../shared/domain/change';
import type { Db } from '../db/openDatabase';
import type { NodeIdentity } from '../identity/nodeIdentity';
import { signCommit } from './commitSigning';
import { changeFromRow, type ChangeRow } from './ingest';

/**
 * Once, after migration 004: signs again this node's own commits that withhold changes, so
 * their signature covers the withheld set (commits signed before did not, and a peer would
 * refuse them). Peers already holding such a commit keep it; nothing else changes.
 * Returns how many commits were signed again.
 */
export function resignWithheldCommits(db: Db, identity: NodeIdentity): number {
  const flagged = db.prepare("SELECT 1 FROM meta WHERE key = 'commits.resign'").get();
  if (!flagged) return 0;
  const commits = db
    .prepare(
      `SELECT c.first_seq, c.last_seq FROM commits c
       WHERE c.origin = ? AND EXISTS (SELECT 1 FROM changes x
         WHERE x.origin = c.origin AND x.seq BETWEEN c.first_seq AND c.last_seq AND x.local = 1)`,
    )
    .all(identity.nodeId) as Array<{ first_seq: number; last_seq: number }>;
  const changesOf = db.prepare(
    `SELECT origin, seq, hlc, office, operator, entity, record_id, op, body, local FROM changes
     WHERE origin = ? AND seq BETWEEN ? AND ? ORDER BY seq`,
  );
  const update = db.prepare('UPDATE commits SET signature = ? WHERE origin = ? AND last_seq = ?');
  db.transaction(() => {
    for (const row of commits) {
      const rows = changesOf.all(identity.nodeId, row.first_seq, row.last_seq) as Array<
        ChangeRow & { local: number }
      >;
      const unsigned: Omit<Commit, 'signature'> = {
        origin: identity.nodeId,
        firstSeq: row.first_seq,
        lastSeq: row.last_seq,
        changes: rows.map(changeFromRow),
        redacted: [],
      };
      const withheld = rows.filter((change) => change.local === 1).map((change) => change.seq);
      const signed = signCommit(identity, unsigned, withheld);
      if (signed) update.run(signed.signature, identity.nodeId, row.last_seq);
    }
    db.prepare("DELETE FROM meta WHERE key = 'commits.resign'").run();
  })();
  return commits.length;
}
