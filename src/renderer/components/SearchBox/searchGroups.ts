import type { SearchHit, SearchKind, SearchRecordRef } from '../../../shared/api/searchContract';
import { istDateOf, logHref } from '../../routing/logDate';

/** Hits grouped by kind, the group with the best hit first; hits keep their rank inside. */
export function groupHits(hits: SearchHit[]): Array<{ kind: SearchKind; hits: SearchHit[] }> {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups.entries()]
    .map(([kind, list]) => ({ kind, hits: list }))
    .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
}

/** Where a found record opens: the board's drawer, the dossier, or the log on its day. */
export function hrefOfRecord(record: Pick<SearchRecordRef, 'kind' | 'id' | 'at'>): string {
  if (record.kind === 'case') return `#/board?case=${record.id}`;
  if (record.kind === 'suspect') return `#/gallery/${record.id}`;
  return record.at === null ? '#/log' : logHref(istDateOf(record.at));
}

/** Where a hit opens; a vehicle or phone opens the first record it was seen on. */
export function hrefOfHit(hit: SearchHit): string | undefined {
  if (hit.kind === 'vehicle' || hit.kind === 'phone') {
    const first = hit.records[0];
    return first ? hrefOfRecord(first) : undefined;
  }
  return hrefOfRecord({ kind: hit.kind, id: hit.id, at: hit.at });
}

/** Text cut into plain and highlighted pieces by [start, end) ranges. */
export function highlightPieces(
  text: string,
  ranges: Array<[number, number]>,
): Array<{ text: string; marked: boolean }> {
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
