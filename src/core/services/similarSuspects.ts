import type { SimilarSuspect } from '../../shared/api/views';
import { matchKeyed, type KeyedPerson } from '../../shared/search/personMatch';
import type { ReadDb } from '../db/openDatabase';
import { nameCandidates, personOf, sharingIdentifiers } from '../repos/searchRepo';
import { suspectCardsById, type Viewer } from '../repos/suspectRepo';

/** Weakest match the "possible same person" panel still shows, for a person to judge. */
const panelThreshold = 0.45;
/** Most dossiers weighed for one subject: the rarest name words are looked up first. */
const maxCandidates = 300;

/**
 * Other dossiers that may be the same person, by the same matcher and index as search: the
 * phonetic name in any script (candidates share a name word, rarest first, or a phone or
 * vehicle), weighed with father's name, age and address. Strongest first, with reasons.
 */
export function similarSuspects(
  db: ReadDb,
  id: string,
  limit: number,
  viewer: Viewer,
): SimilarSuspect[] {
  const subjectRow = personOf(db, id);
  if (!subjectRow) return [];
  const subject = JSON.parse(subjectRow.person) as KeyedPerson;
  const keys = [...subject.names, ...subject.aliases].flat();
  const rows = [
    ...nameCandidates(db, keys, undefined, maxCandidates),
    ...sharingIdentifiers(db, subjectRow.doc_id, 100),
  ];
  const seen = new Set<string>([id]);
  const scored = rows
    .filter((row) => !seen.has(row.record_id) && seen.add(row.record_id))
    .map((row) => ({
      id: row.record_id,
      ...matchKeyed(subject, JSON.parse(row.person) as KeyedPerson),
    }))
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
