import type { SimilarCase, SimilarCaseReason } from '../../shared/api/searchContract';
import { vehicleKey } from '../../shared/search/identifierKeys';
import type { ReadDb } from '../db/openDatabase';

const dayMs = 86_400_000;
const threshold = 0.35;
/** An MO word in more documents than this is too common to look cases up by. */
const maxWordDocuments = 3000;
/** Words that name a weapon in an MO, in the three languages. */
export const weaponWords = new Set([
  'pistol',
  'revolver',
  'gun',
  'firearm',
  'katta',
  'country-made',
  'rifle',
  'knife',
  'dagger',
  'bomb',
  'पिस्तौल',
  'कट्टा',
  'बंदूक',
  'चाकू',
  'পিস্তল',
  'বন্দুক',
  'ছুরি',
  'বোমা',
]);
/** Words too common in an MO to say two cases are alike. */
const commonWords = new Set(['with', 'from', 'near', 'into', 'were', 'their', 'after', 'about']);

interface CaseRow {
  id: string;
  office_id: string;
  police_station: string;
  fir_number: string;
  fir_year: number;
  crime_head: string;
  occurred_at: number;
  mo: string;
}

/** The words of an MO that can say two cases are alike (four letters or more, not filler). */
export function moWords(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}-]+/u)
      .filter((word) => [...word].length >= 4 && !commonWords.has(word)),
  );
}

/**
 * Cases of other offices that look like case `id`: the same crime head, a similar MO (words
 * in common, weapons named alike), a shared vehicle, within `days` of it. Candidates come
 * from the search index (MO words, vehicles) and the crime-head index, then are weighed.
 */
export function similarCases(db: ReadDb, id: string, days: number, limit: number): SimilarCase[] {
  const columns =
    'c.id, c.office_id, c.police_station, c.fir_number, c.fir_year, c.crime_head, c.occurred_at, c.mo';
  const subject = db
    .prepare(`SELECT ${columns} FROM cases c WHERE c.id = ? AND c.deleted = 0`)
    .get(id) as CaseRow | undefined;
  if (!subject) return [];
  const window = days * dayMs;
  const words = moWords(subject.mo);
  const vehicles = (
    db
      .prepare(
        `SELECT value FROM set_elements WHERE entity = 'case' AND record_id = ? AND field = 'vehicles' AND removed = 0`,
      )
      .pluck()
      .all(id) as string[]
  ).map(vehicleKey);
  const candidates = new Map<string, CaseRow>();
  const add = (rows: CaseRow[]) => {
    for (const row of rows)
      if (
        row.office_id !== subject.office_id &&
        Math.abs(row.occurred_at - subject.occurred_at) <= window
      )
        candidates.set(row.id, row);
  };
  // The same crime head, nearest in time on either side (index on crime head and time).
  for (const [range, order] of [
    ['c.occurred_at >= @at AND c.occurred_at <= @at + @window', 'ASC'],
    ['c.occurred_at < @at AND c.occurred_at >= @at - @window', 'DESC'],
  ] as const)
    add(
      db
        .prepare(
          `SELECT ${columns} FROM cases c WHERE c.deleted = 0 AND c.crime_head = @head COLLATE NOCASE
           AND ${range} AND c.office_id <> @office ORDER BY c.occurred_at ${order} LIMIT 100`,
        )
        .all({
          head: subject.crime_head,
          at: subject.occurred_at,
          window,
          office: subject.office_id,
        }) as CaseRow[],
    );
  // MO words that are uncommon in the index: a word most cases use finds nothing in particular
  // and would make the full-text query weigh tens of thousands of documents.
  const documents = db.prepare('SELECT doc FROM search_vocab WHERE term = ?').pluck();
  const terms = [...words]
    .map((word) => ({ word, count: (documents.get(word) as number | undefined) ?? 0 }))
    .filter(({ count }) => count > 0 && count <= maxWordDocuments)
    .sort((a, b) => a.count - b.count)
    .slice(0, 4)
    .map(({ word }) => `"${word.replace(/"/g, '')}"`);
  if (terms.length > 0) {
    add(
      db
        .prepare(
          `SELECT ${columns} FROM search_text JOIN search_docs d ON d.doc_id = search_text.rowid
           JOIN cases c ON c.id = d.record_id
           WHERE search_text MATCH ? AND d.entity = 'case' LIMIT 300`,
        )
        .all(`body : (${terms.join(' OR ')})`) as CaseRow[],
    );
  }
  // Cases sharing a vehicle: candidates, and the vehicle reason, from one lookup each.
  const sharingVehicle = new Set<string>();
  for (const key of vehicles) {
    const rows = db
      .prepare(
        `SELECT ${columns} FROM search_vehicles v JOIN search_docs d ON d.doc_id = v.doc_id
         JOIN cases c ON c.id = d.record_id WHERE v.key = ? AND d.entity = 'case' LIMIT 50`,
      )
      .all(key) as CaseRow[];
    for (const row of rows) sharingVehicle.add(row.id);
    add(rows);
  }
  const scored: SimilarCase[] = [];
  for (const row of candidates.values()) {
    const reasons: SimilarCaseReason[] = [];
    let score = 0;
    if (row.crime_head.toLowerCase() === subject.crime_head.toLowerCase()) {
      score += 0.35;
      reasons.push('crimeHead');
    }
    const theirs = moWords(row.mo);
    const common = [...words].filter((word) => theirs.has(word));
    const union = new Set([...words, ...theirs]).size;
    if (union > 0 && common.length / union >= 0.15) {
      score += Math.min(0.4, (common.length / union) * 0.8);
      reasons.push('mo');
    }
    if (common.some((word) => weaponWords.has(word))) {
      score += 0.15;
      reasons.push('weapon');
    }
    if (sharingVehicle.has(row.id)) {
      score += 0.3;
      reasons.push('vehicle');
    }
    const apart = Math.abs(row.occurred_at - subject.occurred_at);
    if (apart <= window / 3) {
      score += 0.1;
      reasons.push('time');
    }
    if (score < threshold) continue;
    scored.push({
      id: row.id,
      officeId: row.office_id,
      title: `${row.police_station} ${row.fir_number}/${row.fir_year}`,
      crimeHead: row.crime_head,
      occurredAt: row.occurred_at,
      score: Math.round(Math.min(1, score) * 100) / 100,
      reasons,
    });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
