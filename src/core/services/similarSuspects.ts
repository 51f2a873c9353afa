import type { SimilarSuspect } from '../../shared/api/views';
import type { ReadDb } from '../db/openDatabase';
import { likePattern } from '../repos/caseQuery';
import { readSet } from '../repos/recordRows';
import { suspectCardsById, type Viewer } from '../repos/suspectRepo';

type Reason = SimilarSuspect['reasons'][number];

interface Profile {
  id: string;
  names: string[];
  fatherName: string;
  age: number | null;
  address: string;
  phones: string[];
  vehicles: string[];
}

/** Lower-case words of a name in any script, without punctuation. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** Share of words in common (Jaccard), 0–1. */
function overlap(a: string[], b: string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const common = [...left].filter((word) => right.has(word)).length;
  const union = new Set([...left, ...right]).size;
  return union === 0 ? 0 : common / union;
}

function profile(db: ReadDb, id: string): Profile | undefined {
  const row = db
    .prepare(
      'SELECT id, name, father_name, age, address FROM suspects WHERE id = ? AND deleted = 0',
    )
    .get(id) as
    | { id: string; name: string; father_name: string; age: number | null; address: string }
    | undefined;
  if (!row) return undefined;
  return {
    id,
    names: [
      row.name,
      ...readSet(db, 'suspect', id, 'otherNames'),
      ...readSet(db, 'suspect', id, 'aliases'),
    ],
    fatherName: row.father_name,
    age: row.age,
    address: row.address,
    phones: readSet(db, 'suspect', id, 'phones'),
    vehicles: readSet(db, 'suspect', id, 'vehicles'),
  };
}

/** Candidates share a name word (in any of their scripts), a phone or a vehicle. */
function candidates(db: ReadDb, subject: Profile): string[] {
  const nameWords = [...new Set(subject.names.flatMap(words))]
    .filter((word) => word.length >= 3)
    .slice(0, 8);
  const ids = new Set<string>();
  const byName = db.prepare(
    `SELECT id FROM suspects WHERE deleted = 0 AND name LIKE ? ESCAPE '\\' UNION
     SELECT record_id FROM set_elements WHERE entity = 'suspect' AND field IN ('otherNames', 'aliases')
       AND removed = 0 AND value LIKE ? ESCAPE '\\' LIMIT 400`,
  );
  for (const word of nameWords) {
    for (const row of byName.all(likePattern(word), likePattern(word)) as Array<{ id: string }>)
      ids.add(row.id);
  }
  const byValue = db.prepare(
    `SELECT record_id AS id FROM set_elements WHERE entity = 'suspect' AND field = ? AND value = ? AND removed = 0`,
  );
  for (const [field, values] of [
    ['phones', subject.phones],
    ['vehicles', subject.vehicles],
  ] as const) {
    for (const value of values)
      for (const row of byValue.all(field, value) as Array<{ id: string }>) ids.add(row.id);
  }
  ids.delete(subject.id);
  return [...ids];
}

/** How alike two dossiers are, 0–1, and why. */
export function similarity(a: Profile, b: Profile): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const nameScore = Math.max(
    ...a.names.flatMap((x) => b.names.map((y) => overlap(words(x), words(y)))),
    0,
  );
  let score = nameScore * 0.45;
  if (nameScore >= 0.5) reasons.push('name');
  const fatherScore = overlap(words(a.fatherName), words(b.fatherName));
  score += fatherScore * 0.2;
  if (fatherScore >= 0.5) reasons.push('fatherName');
  if (a.age !== null && b.age !== null && Math.abs(a.age - b.age) <= 3) {
    score += 0.1;
    reasons.push('age');
  }
  const addressScore = overlap(words(a.address), words(b.address));
  score += addressScore * 0.1;
  if (addressScore >= 0.4) reasons.push('address');
  if (a.phones.some((phone) => b.phones.includes(phone))) {
    score += 0.3;
    reasons.push('phone');
  }
  if (a.vehicles.some((vehicle) => b.vehicles.includes(vehicle))) {
    score += 0.15;
    reasons.push('vehicle');
  }
  return { score: Math.min(1, score), reasons };
}

/**
 * Other dossiers that may be the same person: close names (in any script), father's name,
 * age and address, or a shared phone or vehicle. Strongest first.
 */
export function similarSuspects(
  db: ReadDb,
  id: string,
  limit: number,
  viewer: Viewer,
): SimilarSuspect[] {
  const subject = profile(db, id);
  if (!subject) return [];
  const scored = candidates(db, subject)
    .map((candidate) => profile(db, candidate))
    .filter((candidate): candidate is Profile => candidate !== undefined)
    .map((candidate) => ({ id: candidate.id, ...similarity(subject, candidate) }))
    .filter((match) => match.score >= 0.35)
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
    return suspect
      ? [{ suspect, score: Math.round(match.score * 100) / 100, reasons: match.reasons }]
      : [];
  });
}
