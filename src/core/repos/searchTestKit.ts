import type { Db } from '../db/openDatabase';

/**
 * Indexes one old case, "Theft in Nirsa" (`case-nirsa`, doc 1), and then `logCount` newer log
 * entries that all mention theft: the case sits behind every log entry in the match list, the
 * shape of a broad word searched for one kind.
 */
export function theftBehindLogs(db: Db, logCount: number): void {
  const doc = db.prepare(
    `INSERT INTO search_docs (doc_id, entity, record_id, office_id, title) VALUES (?, ?, ?, 'jh-dhanbad', ?)`,
  );
  const text = db.prepare('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)');
  db.transaction(() => {
    doc.run(1, 'case', 'case-nirsa', 'Theft in Nirsa');
    text.run(1, 'Theft in Nirsa', 'Chain theft near the Nirsa bus stand');
    for (let index = 1; index <= logCount; index += 1) {
      const title = `Patrol note ${index}`;
      doc.run(index + 1, 'log', `log-${index}`, title);
      text.run(index + 1, title, `Beat officer reports a bicycle theft, entry ${index}`);
    }
  })();
}
