import { phoneKey, vehicleKey } from './identifierKeys';
import { nameKeys } from './phoneticKey';

/** Why two people were matched, as the UI says it ("same phonetic name, father's name matches …"). */
export type MatchReason = 'name' | 'alias' | 'fatherName' | 'age' | 'address' | 'phone' | 'vehicle';

/** What the matcher knows of a person: names in any script, and supporting particulars. */
export interface PersonParticulars {
  names: string[];
  aliases?: string[];
  fatherName?: string;
  age?: number | null;
  address?: string;
  phones?: string[];
  vehicles?: string[];
}

/** Levenshtein distance, stopping early above 1 (only "one letter apart" is ever asked). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
  const restA = a.slice(index);
  const restB = b.slice(index);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}

/** How alike two word keys are: 1 equal, 0.8 one letter apart (long keys), 0.5 an initial. */
export function wordScore(a: string, b: string): number {
  if (a === b) return 1;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.5;
  if (a.length >= 4 && b.length >= 4 && withinOneEdit(a, b)) return 0.8;
  return 0;
}

/** The key of "Kumar" (and "Kr."): a middle name one office writes and the other leaves out. */
const optionalKey = 'KMR';

/** Adjacent words of `words` joined where the join is one word of `other` ("Chuna Ram" / "Chunaram"). */
function joinCompounds(words: string[], other: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const pair = `${words[index] ?? ''}${words[index + 1] ?? ''}`;
    if (index + 1 < words.length && other.includes(pair)) {
      joined.push(pair);
      index += 1;
    } else joined.push(words[index] ?? '');
  }
  return joined;
}

/** Two names' word keys made comparable: compounds joined, a one-sided Kumar dropped; shorter first. */
function alignWords(left: string[], right: string[]): [string[], string[]] {
  let a = joinCompounds(left, right);
  let b = joinCompounds(right, a);
  if (a.includes(optionalKey) !== b.includes(optionalKey)) {
    const without = (words: string[]) => words.filter((word) => word !== optionalKey);
    if (without(a).length > 0 && without(b).length > 0) {
      a = without(a);
      b = without(b);
    }
  }
  return a.length <= b.length ? [a, b] : [b, a];
}

/**
 * Whether some word of the shorter name has no partner at all in the longer: "Vijay Yadav"
 * and "Ajit Yadav" share a surname and differ in the given name (brothers, not one man).
 */
export function namesConflict(left: string[], right: string[]): boolean {
  if (left.length === 0 || right.length === 0) return false;
  const [short, long] = alignWords(left, right);
  return short.some((word) => long.every((other) => wordScore(word, other) === 0));
}

/**
 * How alike two names are, 0–1, whatever their script and word order: each word of the
 * shorter name takes its best partner in the longer, and the sum is shared over the longer.
 */
export function keysScore(left: string[], right: string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const [short, long] = alignWords(left, right);
  const free = [...long];
  let total = 0;
  for (const word of short) {
    let best = 0;
    let at = -1;
    free.forEach((other, index) => {
      const score = wordScore(word, other);
      if (score > best) {
        best = score;
        at = index;
      }
    });
    if (at >= 0) free.splice(at, 1);
    total += best;
  }
  return total / long.length;
}

/** How much of `query` (word keys) `target` covers, 0–1: each query word's best partner. */
export function keyCoverage(query: string[], target: string[]): number {
  if (query.length === 0 || target.length === 0) return 0;
  let total = 0;
  for (const word of query) total += Math.max(0, ...target.map((other) => wordScore(word, other)));
  return total / query.length;
}

/** How alike two names are, 0–1 (see keysScore). */
export function nameScore(left: string, right: string): number {
  return keysScore(nameKeys(left), nameKeys(right));
}

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );
}

/** Threshold of matchPersons' score above which two records are taken as one person. */
export const samePersonThreshold = 0.6;

/** A person's particulars with every name already turned into keys: compare many cheaply. */
export interface KeyedPerson {
  names: string[][];
  aliases: string[][];
  father: string[];
  age: number | null;
  address: string[];
  phones: string[];
  vehicles: string[];
}

/** Computes a person's keys once (the search index stores them with each suspect). */
export function keyPerson(person: PersonParticulars): KeyedPerson {
  const keyed = (names: string[]) =>
    names.map((name) => nameKeys(name)).filter((keys) => keys.length > 0);
  return {
    names: keyed(person.names),
    aliases: keyed(person.aliases ?? []),
    father: nameKeys(person.fatherName ?? ''),
    age: typeof person.age === 'number' ? person.age : null,
    address: [...wordsOf(person.address ?? '')],
    phones: [...new Set((person.phones ?? []).map(phoneKey).filter((key) => key !== ''))],
    vehicles: [...new Set((person.vehicles ?? []).map(vehicleKey).filter((key) => key !== ''))],
  };
}

function bestOf(left: string[][], right: string[][]): number {
  return bestPair(left, right).score;
}

/** The best-scoring pair of names, and whether that pair has a word with no partner. */
function bestPair(left: string[][], right: string[][]): { score: number; conflict: boolean } {
  let best = { score: 0, conflict: false };
  for (const a of left)
    for (const b of right) {
      const score = keysScore(a, b);
      if (score > best.score) best = { score, conflict: namesConflict(a, b) };
    }
  return best;
}

/** matchPersons on keyed particulars. */
export function matchKeyed(
  a: KeyedPerson,
  b: KeyedPerson,
): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  const { score: byName, conflict } = bestPair(a.names, b.names);
  const byAlias = Math.max(
    bestOf(a.aliases, [...b.names, ...b.aliases]),
    bestOf(b.aliases, a.names),
  );
  const names = Math.max(byName, byAlias * 0.9);
  if (byName >= 0.7) reasons.push('name');
  else if (byAlias >= 0.7) reasons.push('alias');
  // A given name with no partner (brothers of one father) counts against, unless an alias matched.
  let score = names * 0.7 - (conflict && byName >= byAlias * 0.9 ? 0.2 : 0);
  if (a.father.length > 0 && b.father.length > 0) {
    const father = keysScore(a.father, b.father);
    if (father >= 0.7) {
      score += 0.2;
      reasons.push('fatherName');
    } else if (father < 0.34) score -= 0.25;
  }
  if (a.age !== null && b.age !== null) {
    const apart = Math.abs(a.age - b.age);
    if (apart <= 3) {
      score += 0.1;
      reasons.push('age');
    } else if (apart > 8) score -= 0.3;
  }
  if (a.address.length > 0 && b.address.length > 0) {
    const right = new Set(b.address);
    const common = a.address.filter((word) => right.has(word)).length;
    if (common >= 2 || (common >= 1 && Math.min(a.address.length, b.address.length) <= 2)) {
      score += 0.05;
      reasons.push('address');
    }
  }
  if (a.phones.some((phone) => b.phones.includes(phone))) {
    score += 0.3;
    reasons.push('phone');
  }
  if (a.vehicles.some((vehicle) => b.vehicles.includes(vehicle))) {
    score += 0.15;
    reasons.push('vehicle');
  }
  return { score: Math.max(0, Math.min(1, Math.round(score * 100) / 100)), reasons };
}

/**
 * Whether two records are one person, 0–1, and why. The name (in any script) carries most of
 * the weight; the father's name, age, address, a shared phone or vehicle support it, and a
 * different father or an age a generation apart (father and son) count against it. Phones
 * and vehicles compare in normalised form.
 */
export function matchPersons(
  a: PersonParticulars,
  b: PersonParticulars,
): { score: number; reasons: MatchReason[] } {
  return matchKeyed(keyPerson(a), keyPerson(b));
}
