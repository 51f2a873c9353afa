import type { SimilarCaseReason } from '../../shared/api/searchContract';
import type { CasePattern } from '../../shared/api/dossierContract';
import { vehicleKey } from '../../shared/search/identifierKeys';
import type { ReadDb } from '../db/openDatabase';
import { moWords, weaponWords } from './similarCases';

const dayMs = 86_400_000;
/** A word or vehicle shared by more cases than this is too common to join them on alone. */
const maxShared = 50;
/** Weakest likeness that joins two cases into one pattern (stricter than "similar cases"). */
const joinThreshold = 0.5;
/** Most cases a pattern lists; the rest are counted. */
const shownCases = 20;

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

/** Union-find over case indexes. */
function disjointSets(size: number) {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    let at = index;
    while (parent[at] !== root) {
      const next = parent[at] ?? root;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  return {
    find,
    union(a: number, b: number) {
      const rootA = find(a);
      const rootB = find(b);
      if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    },
  };
}

const normalisedMo = (mo: string) => mo.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The pattern list: clusters of similar cases of more than one office that occurred in the
 * `days` before `end`. Two cases join when they are alike as "similar cases elsewhere" weighs
 * them (crime head, MO words, weapon, a shared vehicle, close in time) at a stricter
 * threshold; cases with the same crime head and the same MO text join at once. Largest first.
 */
export function casePatterns(
  db: ReadDb,
  options: { end: number; days: number; limit: number },
): CasePattern[] {
  const rows = db
    .prepare(
      `SELECT id, office_id, police_station, fir_number, fir_year, crime_head, occurred_at, mo
       FROM cases WHERE deleted = 0 AND occurred_at >= ? AND occurred_at < ?`,
    )
    .all(options.end - options.days * dayMs, options.end) as CaseRow[];
  const vehicleRows = db
    .prepare(
      `SELECT e.record_id, e.value FROM set_elements e JOIN cases c ON c.id = e.record_id
       WHERE e.entity = 'case' AND e.field = 'vehicles' AND e.removed = 0
       AND c.occurred_at >= ? AND c.occurred_at < ?`,
    )
    .all(options.end - options.days * dayMs, options.end) as Array<{
    record_id: string;
    value: string;
  }>;
  const indexOf = new Map(rows.map((row, index) => [row.id, index]));
  const words = rows.map((row) => moWords(row.mo));
  const vehicles = rows.map(() => new Set<string>());
  for (const { record_id: id, value } of vehicleRows)
    vehicles[indexOf.get(id) ?? -1]?.add(vehicleKey(value));
  const sets = disjointSets(rows.length);
  const reasonsAt = new Map<number, Set<SimilarCaseReason>>();

  // Same crime head and same MO text: one pattern without weighing each pair.
  const byText = new Map<string, number>();
  rows.forEach((row, index) => {
    const text = normalisedMo(row.mo);
    if (text === '') return;
    const key = `${row.crime_head.toLowerCase()}\n${text}`;
    const first = byText.get(key);
    if (first === undefined) byText.set(key, index);
    else sets.union(first, index);
  });

  // Uncommon MO words and vehicles: the pairs worth weighing.
  const blocks = new Map<string, number[]>();
  const addTo = (key: string, index: number) => {
    const members = blocks.get(key);
    if (members) members.push(index);
    else blocks.set(key, [index]);
  };
  words.forEach((set, index) => {
    for (const word of set) addTo(`w:${word}`, index);
  });
  vehicles.forEach((set, index) => {
    for (const key of set) addTo(`v:${key}`, index);
  });
  const weighed = new Set<string>();
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > maxShared) continue;
    for (const a of members)
      for (const b of members) {
        if (a >= b || rows[a]?.office_id === rows[b]?.office_id) continue;
        const pair = `${a}:${b}`;
        if (weighed.has(pair)) continue;
        weighed.add(pair);
        const { score, reasons } = likeness(rows, words, vehicles, a, b, options.days * dayMs);
        if (score < joinThreshold) continue;
        sets.union(a, b);
        for (const at of [a, b]) {
          const known = reasonsAt.get(at) ?? new Set<SimilarCaseReason>();
          for (const reason of reasons) known.add(reason);
          reasonsAt.set(at, known);
        }
      }
  }
  return describeClusters(db, rows, words, vehicles, sets.find, reasonsAt).slice(0, options.limit);
}

/** How alike two cases are, as similarCases weighs them. */
function likeness(
  rows: CaseRow[],
  words: Array<Set<string>>,
  vehicles: Array<Set<string>>,
  a: number,
  b: number,
  window: number,
): { score: number; reasons: SimilarCaseReason[] } {
  const left = rows[a];
  const right = rows[b];
  if (!left || !right) return { score: 0, reasons: [] };
  const reasons: SimilarCaseReason[] = [];
  let score = 0;
  if (left.crime_head.toLowerCase() === right.crime_head.toLowerCase()) {
    score += 0.35;
    reasons.push('crimeHead');
  }
  const mine = words[a] ?? new Set<string>();
  const theirs = words[b] ?? new Set<string>();
  const common = [...mine].filter((word) => theirs.has(word));
  const union = new Set([...mine, ...theirs]).size;
  if (union > 0 && common.length / union >= 0.15) {
    score += Math.min(0.4, (common.length / union) * 0.8);
    reasons.push('mo');
  }
  if (common.some((word) => weaponWords.has(word))) {
    score += 0.15;
    reasons.push('weapon');
  }
  if ([...(vehicles[a] ?? [])].some((key) => vehicles[b]?.has(key))) {
    score += 0.3;
    reasons.push('vehicle');
  }
  if (Math.abs(left.occurred_at - right.occurred_at) <= window / 3) {
    score += 0.1;
    reasons.push('time');
  }
  return { score, reasons };
}

function mostCommon(values: string[], count: number, atLeast = 1): string[] {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally.entries()]
    .filter(([, times]) => times >= atLeast)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([value]) => value);
}

function describeClusters(
  db: ReadDb,
  rows: CaseRow[],
  words: Array<Set<string>>,
  vehicles: Array<Set<string>>,
  find: (index: number) => number,
  reasonsAt: Map<number, Set<SimilarCaseReason>>,
): CasePattern[] {
  const clusters = new Map<number, number[]>();
  rows.forEach((_, index) => {
    const root = find(index);
    const members = clusters.get(root);
    if (members) members.push(index);
    else clusters.set(root, [index]);
  });
  const sameGang = db
    .prepare(
      `SELECT count(*) FROM links WHERE kind = 'case_case' AND role = 'same_gang' AND present = 1
     AND from_id IN (SELECT value FROM json_each(?)) AND to_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  const patterns: CasePattern[] = [];
  for (const members of clusters.values()) {
    const cases = members.flatMap((index) => (rows[index] ? [rows[index]] : []));
    const offices = [...new Set(cases.map((row) => row.office_id))].sort();
    if (offices.length < 2) continue;
    const reasons = new Set<SimilarCaseReason>();
    for (const index of members)
      for (const reason of reasonsAt.get(index) ?? []) reasons.add(reason);
    const crimeHeads = mostCommon(
      cases.map((row) => row.crime_head),
      3,
    );
    if (crimeHeads.length === 1) reasons.add('crimeHead');
    const mo = mostCommon(cases.map((row) => row.mo.trim()).filter(Boolean), 1)[0] ?? '';
    if (
      mostCommon(
        cases.map((row) => normalisedMo(row.mo)),
        1,
        2,
      ).length > 0
    )
      reasons.add('mo');
    const ids = JSON.stringify(cases.map((row) => row.id));
    patterns.push({
      cases: [...cases]
        .sort((a, b) => b.occurred_at - a.occurred_at)
        .slice(0, shownCases)
        .map((row) => ({
          id: row.id,
          officeId: row.office_id,
          title: `${row.police_station} ${row.fir_number}/${row.fir_year}`,
          crimeHead: row.crime_head,
          occurredAt: row.occurred_at,
        })),
      total: cases.length,
      mo,
      offices,
      crimeHeads,
      words: mostCommon(
        members.flatMap((index) => [...(words[index] ?? [])]),
        6,
        2,
      ),
      vehicles: mostCommon(
        members.flatMap((index) => [...(vehicles[index] ?? [])]),
        4,
        2,
      ),
      reasons: [...reasons],
      sameGang: sameGang.get(ids, ids) as number,
    });
  }
  return patterns.sort((a, b) => b.offices.length - a.offices.length || b.total - a.total);
}
