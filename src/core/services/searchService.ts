import type { CoreApi } from '../../shared/api/contract';
import type {
  SearchHit,
  SearchKind,
  SearchReason,
  SearchRecordRef,
  TextRange,
} from '../../shared/api/searchContract';
import { normaliseRegistration } from '../../shared/domain/vehicle';
import { phoneKey, vehicleQueryKeys } from '../../shared/search/identifierKeys';
import { keyCoverage, wordScore, type KeyedPerson } from '../../shared/search/personMatch';
import { nameKeys } from '../../shared/search/phoneticKey';
import { normaliseText } from '../../shared/text/normaliseText';
import type { ReadDb } from '../db/openDatabase';
import type { NodeContext } from '../node/nodeContext';
import {
  identifierMatches,
  logTimes,
  markEnd,
  markStart,
  nameCandidates,
  textMatches,
  type IdentifierMatchRow,
  type TextKind,
} from '../repos/searchRepo';
import { ftsQuery } from './ftsQuery';
import { similarCases } from './similarCases';

/** Longest query looked at: more is no longer a search, and is cut, not refused. */
const maxQueryLength = 300;
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** What was typed, split into the name and its supporting evidence ("s/o Habibul", "age 34"). */
export interface ParsedQuery {
  text: string;
  fatherName?: string;
  age?: number;
}

/** Reads "s/o NAME", "पिता NAME", "পিতা NAME" and "age N" / "N yrs" out of a query. */
export function parseQuery(raw: string): ParsedQuery {
  let text = normaliseText(raw).slice(0, maxQueryLength);
  const parsed: ParsedQuery = { text };
  const age =
    /(?:\bage[d]?\b|उम्र|বয়স)\s*[:.-]?\s*(\d{1,3})/iu.exec(text) ??
    /\b(\d{1,3})\s*(?:yrs?|years?|वर्ष|বছর)/iu.exec(text);
  if (age?.[1]) {
    parsed.age = Number(age[1]);
    text = text.replace(age[0], ' ');
  }
  const father = /(?:\bs\s*\/\s*o\b|\bson of\b|पिता|পিতা)\s*[:.-]?\s*([^,;\d]+)/iu.exec(text);
  if (father?.[1] && nameKeys(father[1]).length > 0) {
    parsed.fatherName = father[1].trim();
    text = text.replace(father[0], ' ');
  }
  parsed.text = text.trim();
  return parsed;
}

/** Turns text marked by FTS5 highlight()/snippet() into plain text and ranges. */
export function unmark(marked: string): { text: string; ranges: TextRange[] } {
  const ranges: TextRange[] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === markStart) start = text.length;
    else if (char === markEnd) {
      if (start >= 0 && text.length > start) ranges.push([start, text.length]);
      start = -1;
    } else text += char;
  }
  return { text, ranges };
}

/** Ranges of the words of `title` whose phonetic key matches a word of the query. */
function nameRanges(title: string, query: string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of title.matchAll(wordPattern)) {
    const key = nameKeys(match[0])[0];
    if (key && query.some((word) => wordScore(word, key) >= 0.8))
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function nameHits(db: ReadDb, query: ParsedQuery): SearchHit[] {
  const keys = nameKeys(query.text);
  if (keys.length === 0) return [];
  const father = nameKeys(query.fatherName ?? '');
  const hits: SearchHit[] = [];
  for (const row of nameCandidates(db, keys, keys[keys.length - 1], 400)) {
    const person = JSON.parse(row.person) as KeyedPerson;
    const score = (target: string[]) =>
      0.8 * keyCoverage(keys, target) + 0.2 * keyCoverage(target, keys);
    const byName = Math.max(0, ...person.names.map(score));
    const byAlias = Math.max(0, ...person.aliases.map(score));
    const best = Math.max(byName, byAlias);
    // "Rabiul" finds "Rabiul Sheikh"; "Rabiul Sheikh" does not find "Habibul Sheikh".
    if (best < 0.6) continue;
    const reasons: SearchReason[] = [byName >= byAlias ? 'name' : 'alias'];
    let total = best * 0.8;
    if (father.length > 0 && person.father.length > 0) {
      if (keyCoverage(father, person.father) >= 0.7) {
        total += 0.15;
        reasons.push('fatherName');
      } else total -= 0.2;
    }
    if (query.age !== undefined && person.age !== null) {
      if (Math.abs(query.age - person.age) <= 3) {
        total += 0.1;
        reasons.push('age');
      } else total -= 0.2;
    }
    hits.push({
      kind: 'suspect',
      id: row.record_id,
      officeId: row.office_id,
      score: total,
      reasons,
      title: row.title,
      titleRanges: nameRanges(row.title, keys),
      snippet: '',
      snippetRanges: [],
      records: [],
      at: null,
    });
  }
  return hits;
}

function textHits(
  db: ReadDb,
  text: string,
  limit: number,
  kinds: readonly TextKind[] | undefined,
): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  const { rows, newestOf } = textMatches(db, query, limit, { kinds });
  const best = rows[0]?.rank ?? -1;
  return rows.map((row): SearchHit => {
    const title = unmark(row.marked_title);
    const snippet = unmark(row.marked_snippet);
    return {
      kind: row.entity,
      id: row.record_id,
      officeId: row.office_id,
      // bm25 is negative, lower is better: the best hit gets 0.65, the rest less.
      score: 0.35 + 0.3 * (best < 0 && row.rank < 0 ? Math.min(1, row.rank / best) : 0.5),
      reasons: ['text'],
      title: title.text,
      titleRanges: title.ranges,
      snippet: snippet.text,
      snippetRanges: snippet.ranges,
      records: [],
      at: null,
      ...(newestOf === undefined ? {} : { newestOf }),
    };
  });
}

/** Display form of a key and the ranges of `part` in it, skipping the display's separators. */
function identifierTitle(display: string, part: string): { title: string; ranges: TextRange[] } {
  const positions: number[] = [];
  let compact = '';
  [...display].forEach((char, index) => {
    if (/[0-9A-Z]/.test(char)) {
      positions.push(index);
      compact += char;
    }
  });
  const at = compact.indexOf(part);
  if (at < 0) return { title: display, ranges: [] };
  const start = positions[at] ?? 0;
  const end = (positions[at + part.length - 1] ?? start) + 1;
  return { title: display, ranges: [[start, end]] };
}

function identifierHits(
  rows: IdentifierMatchRow[],
  part: string,
  kind: 'vehicle' | 'phone',
): SearchHit[] {
  const byKey = new Map<string, IdentifierMatchRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey.entries()].map(([key, found]) => {
    const display =
      kind === 'vehicle'
        ? (normaliseRegistration(key) ?? key)
        : key.length === 10
          ? `${key.slice(0, 5)} ${key.slice(5)}`
          : key;
    const { title, ranges } = identifierTitle(display, part);
    const records: SearchRecordRef[] = found
      .slice(0, 20)
      .map((row) => ({ kind: row.entity, id: row.record_id, title: row.title, at: null }));
    return {
      kind,
      id: display,
      officeId: null,
      score: key === part ? 0.95 : key.startsWith(part) || key.endsWith(part) ? 0.75 : 0.6,
      reasons: [kind],
      title,
      titleRanges: ranges,
      snippet: records.map((record) => record.title).join(' · '),
      snippetRanges: [],
      records,
      at: null,
    };
  });
}

function vehicleHits(db: ReadDb, text: string): SearchHit[] {
  if (!/\d/.test(text)) return [];
  return vehicleQueryKeys(text).flatMap((part) =>
    identifierHits(identifierMatches(db, 'search_vehicles', part, 200), part, 'vehicle'),
  );
}

function phoneHits(db: ReadDb, text: string): SearchHit[] {
  // A phone is digits, spaces, + and -: "43210", "+91 98765 43210".
  if (!/^[\d\s+()-]+$/.test(text)) return [];
  const part = phoneKey(text);
  if (part.length < 4) return [];
  return identifierHits(identifierMatches(db, 'search_phones', part, 200), part, 'phone');
}

/** Merges hits on one record: the best score (a little more when found two ways), every reason. */
function merge(hits: SearchHit[]): SearchHit[] {
  const byId = new Map<string, SearchHit>();
  for (const hit of hits) {
    const key = `${hit.kind}|${hit.id}`;
    const seen = byId.get(key);
    if (!seen) {
      byId.set(key, hit);
      continue;
    }
    const [first, second] = seen.score >= hit.score ? [seen, hit] : [hit, seen];
    byId.set(key, {
      ...first,
      score: Math.min(1, first.score + 0.05),
      reasons: [...new Set([...first.reasons, ...second.reasons])],
      titleRanges: first.titleRanges.length > 0 ? first.titleRanges : second.titleRanges,
      snippet: first.snippet !== '' ? first.snippet : second.snippet,
      snippetRanges: first.snippet !== '' ? first.snippetRanges : second.snippetRanges,
    });
  }
  return [...byId.values()];
}

/** One ranked search over suspects (by phonetic name), vehicles, phones and full text. */
export function searchAll(
  db: ReadDb,
  input: { text: string; kind?: SearchKind; limit: number },
): SearchHit[] {
  const query = parseQuery(input.text);
  if (query.text === '' && !query.fatherName) return [];
  const wants = (kind: SearchKind) => input.kind === undefined || input.kind === kind;
  const hits: SearchHit[] = [];
  if (wants('suspect')) hits.push(...nameHits(db, query));
  if (wants('vehicle')) hits.push(...vehicleHits(db, query.text));
  if (wants('phone')) hits.push(...phoneHits(db, query.text));
  // The full text is asked for the wanted kind only: a cut to the newest matches, and the
  // limit, taken over every kind would leave an old case out behind newer log entries.
  const { kind } = input;
  const textLimit = Math.max(input.limit, 60);
  if (kind === undefined) hits.push(...textHits(db, query.text, textLimit, undefined));
  else if (kind === 'suspect' || kind === 'case' || kind === 'log')
    hits.push(...textHits(db, query.text, textLimit, [kind]));
  const ranked = merge(hits)
    .filter((hit) => wants(hit.kind))
    .map((hit) => ({ ...hit, score: Math.round(Math.max(0, Math.min(1, hit.score)) * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, input.limit);
  return withLogTimes(db, ranked);
}

/** Fills in when each log entry found (or a vehicle or phone was seen in) was written. */
function withLogTimes(db: ReadDb, hits: SearchHit[]): SearchHit[] {
  const ids = hits.flatMap((hit) => [
    ...(hit.kind === 'log' ? [hit.id] : []),
    ...hit.records.filter((record) => record.kind === 'log').map((record) => record.id),
  ]);
  if (ids.length === 0) return hits;
  const times = logTimes(db, ids);
  return hits.map((hit) => ({
    ...hit,
    at: hit.kind === 'log' ? (times.get(hit.id) ?? null) : null,
    records: hit.records.map((record) => ({ ...record, at: times.get(record.id) ?? null })),
  }));
}

/** The search contract calls. */
export function createSearchService(
  context: NodeContext,
): Pick<CoreApi, 'search.query' | 'search.similarCases'> {
  return {
    'search.query': async (input) => searchAll(context.store.db, input),
    'search.similarCases': async ({ id, days, limit }) =>
      similarCases(context.store.db, id, days, limit),
  };
}
