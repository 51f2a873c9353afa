import type { SimilarSuspect } from '../../shared/api/views';
import { phoneKey, vehicleKey } from '../../shared/search/identifierKeys';
import { matchPersons, type PersonParticulars } from '../../shared/search/personMatch';
import type { ReadDb } from '../db/openDatabase';
import { suspectParticulars } from '../repos/searchRepo';
import { suspectCardsById, type Viewer } from '../repos/suspectRepo';

/** Weakest match the "possible same person" panel still shows, for a person to judge. */
const panelThreshold = 0.45;
/** Most dossiers weighed for one subject: the rarest name words are looked up first. */
const maxCandidates = 400;

/**
 * Candidates: dossiers sharing a phonetic name word (from the search index, rarest word
 * first, so "Sheikh" does not bring in every Sheikh), a phone or a vehicle.
 */
function candidates(db: ReadDb, id: string): string[] {
  const keys = db
    .prepare(
      `SELECT n.key, (SELECT count(*) FROM search_names m WHERE m.key = n.key) AS count
       FROM search_names n JOIN search_docs d ON d.doc_id = n.doc_id
       WHERE d.entity = 'suspect' AND d.record_id = ? ORDER BY count`,
    )
    .all(id) as Array<{ key: string; count: number }>;
  const byKey = db.prepare(
    `SELECT d.record_id FROM search_names n JOIN search_docs d ON d.doc_id = n.doc_id
     WHERE n.key = ? AND d.entity = 'suspect' LIMIT ?`,
  );
  const found = new Set<string>();
  for (const { key } of keys) {
    if (found.size >= maxCandidates) break;
    for (const other of byKey.pluck().all(key, maxCandidates - found.size) as string[])
      found.add(other);
  }
  const byValue = db.prepare(
    `SELECT DISTINCT o.record_id FROM set_elements s JOIN set_elements o
       ON o.entity = 'suspect' AND o.field = s.field AND o.value = s.value AND o.removed = 0
     WHERE s.entity = 'suspect' AND s.record_id = ? AND s.field IN ('phones', 'vehicles')
       AND s.removed = 0 LIMIT 100`,
  );
  for (const other of byValue.pluck().all(id) as string[]) found.add(other);
  found.delete(id);
  return [...found];
}

/** Everything the matcher weighs about some suspects, by id. */
function particulars(db: ReadDb, ids: string[]): Map<string, PersonParticulars> {
  const sets = db.prepare(
    `SELECT DISTINCT field, value FROM set_elements WHERE entity = 'suspect' AND record_id = ?
     AND field IN ('phones', 'vehicles') AND removed = 0`,
  );
  const result = new Map<string, PersonParticulars>();
  for (const [id, row] of suspectParticulars(db, ids)) {
    const values = sets.all(id) as Array<{ field: string; value: string }>;
    result.set(id, {
      names: [row.name, ...row.otherNames],
      aliases: row.aliases,
      fatherName: row.father_name,
      age: row.age,
      address: row.address,
      phones: values
        .filter((value) => value.field === 'phones')
        .map((value) => phoneKey(value.value)),
      vehicles: values
        .filter((value) => value.field === 'vehicles')
        .map((value) => vehicleKey(value.value)),
    });
  }
  return result;
}

/**
 * Other dossiers that may be the same person, by the same matcher as search: the phonetic
 * name in any script, then father's name, age and address, a shared phone or vehicle.
 * Strongest first, each with its reasons.
 */
export function similarSuspects(
  db: ReadDb,
  id: string,
  limit: number,
  viewer: Viewer,
): SimilarSuspect[] {
  const subject = particulars(db, [id]).get(id);
  if (!subject) return [];
  const others = particulars(db, candidates(db, id));
  const scored = [...others.entries()]
    .map(([other, person]) => ({ id: other, ...matchPersons(subject, person) }))
    .filter((match) => match.score >= panelThreshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  const cards = new Map(
    suspectCardsById(
      db,
      scored.map((match) => match.id),
      viewer,
    ).map((card) => [card.id, card]),
  );
  return scored.flatMap((match) => {
    const suspect = cards.get(match.id);
    return suspect ? [{ suspect, score: match.score, reasons: match.reasons }] : [];
  });
}
