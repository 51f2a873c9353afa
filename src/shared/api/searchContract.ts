import { z } from 'zod';
import { method } from './define';

/** The kinds of thing one search finds. */
export const searchKinds = ['suspect', 'case', 'log', 'vehicle', 'phone'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Why a hit matched; the UI words each ("same phonetic name", "father's name matches" …). */
export type SearchReason =
  'name' | 'alias' | 'fatherName' | 'age' | 'text' | 'vehicle' | 'phone' | 'address';

/** A [start, end) range of UTF-16 code units to highlight in a hit's title or snippet. */
export type TextRange = [number, number];

/** A record a vehicle or phone hit was found on. */
export interface SearchRecordRef {
  kind: 'case' | 'suspect' | 'log';
  id: string;
  title: string;
  /** For a log entry: when it was written (the log opens on that day). */
  at: number | null;
}

/** One search result. */
export interface SearchHit {
  kind: SearchKind;
  /** A record id; for a vehicle or phone, its normalised form (`JH-10-AB-1234`, `9876543210`). */
  id: string;
  officeId: string | null;
  score: number;
  reasons: SearchReason[];
  title: string;
  titleRanges: TextRange[];
  snippet: string;
  snippetRanges: TextRange[];
  /** For a vehicle or phone: the records it appears on. */
  records: SearchRecordRef[];
  /** For a log entry: when it was written. */
  at: number | null;
  /**
   * For a free-text hit of a broad query: more records matched than this, and the hit is the
   * best of the newest this many (the UI says so), not of every match.
   */
  newestOf?: number;
}

/** The one search over cases, suspects, log entries, vehicles and phones. */
export const searchContract = {
  /**
   * Ranked hits for whatever was typed: a name in any script (with "s/o NAME" and "age N"
   * as supporting evidence), a vehicle or phone in any form or part, or free text. Input
   * of any length or content gives hits or an empty list, never an error.
   */
  'search.query': method<SearchHit[]>()(
    z.object({
      text: z.string().max(100_000),
      kind: z.enum(searchKinds).optional(),
      limit: z.number().int().min(1).max(200).default(40),
    }),
  ),
} as const;

/** Why a case of another office looks like this one. */
export type SimilarCaseReason = 'crimeHead' | 'mo' | 'vehicle' | 'weapon' | 'time';

/** A case of another office that looks like the one open, with the reasons. */
export interface SimilarCase {
  id: string;
  officeId: string;
  title: string;
  crimeHead: string;
  occurredAt: number;
  score: number;
  reasons: SimilarCaseReason[];
}

/** "Similar cases elsewhere" for the case drawer, on the same index as search. */
export const similarCasesContract = {
  'search.similarCases': method<SimilarCase[]>()(
    z.object({
      id: z.string().min(1).max(64),
      days: z.number().int().min(1).max(3650).default(90),
      limit: z.number().int().min(1).max(50).default(8),
    }),
  ),
} as const;
