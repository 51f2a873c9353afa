import { normaliseRegistration } from '../../../shared/domain/vehicle';
import { logCategories, type LogCategory } from '../../../shared/domain/enums';

/**
 * The categories in the order of their keys: Alt+1 is an incident … Alt+8 a shift handover.
 * A reply is picked by the Reply button, but it keeps its key so the numbers stay stable.
 * A task is made on the Meeting screen (with its owner office and due day), not here.
 */
export const categoryKeys: readonly LogCategory[] = logCategories.filter(
  (category) => category !== 'task',
);

/** The category of Alt+digit (`Digit3` → request), read from `event.code` so any layout works. */
export function categoryOfKey(code: string): LogCategory | undefined {
  const match = /^(?:Digit|Numpad)([1-8])$/.exec(code);
  return match ? categoryKeys[Number(match[1]) - 1] : undefined;
}

/**
 * A category typed as a prefix: `/3 text` or `/req text` (the start of the English name).
 * Returns the category and the text without the prefix.
 */
export function categoryPrefix(text: string): { category: LogCategory; rest: string } | undefined {
  const match = /^\/([1-8]|[a-z]{2,})\s/i.exec(text);
  if (!match?.[1]) return undefined;
  const word = match[1].toLowerCase();
  const category = /^\d$/.test(word)
    ? categoryKeys[Number(word) - 1]
    : categoryKeys.find((name) => name.startsWith(word));
  return category ? { category, rest: text.slice(match[0].length) } : undefined;
}

/** State and union-territory codes of Indian registrations, to keep `NH-19` out. */
const stateCodes = new Set(
  'AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY RJ SK TN TR TS UK UA UP WB'.split(
    ' ',
  ),
);
const stateSeriesInText = /\b([A-Z]{2})[\s-]?(\d{1,2})[\s-]?([A-Z]{1,3})[\s-]?(\d{1,4})\b/gi;
const bharatSeriesInText = /\b\d{2}[\s-]?BH[\s-]?\d{4}[\s-]?[A-Z]{1,2}\b/gi;

/** Registration numbers written in the text (`JH-10-AB-1234`, `wb 02 ak 77`), normalised. */
export function vehiclesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(stateSeriesInText)) {
    if (!stateCodes.has((match[1] ?? '').toUpperCase())) continue;
    const normalised = normaliseRegistration(match[0]);
    if (normalised) found.add(normalised);
  }
  for (const match of text.matchAll(bharatSeriesInText)) {
    const normalised = normaliseRegistration(match[0]);
    if (normalised) found.add(normalised);
  }
  return [...found].slice(0, 20);
}

/** A `#case` or `@suspect` being typed: where it starts and what follows the sign. */
export interface MentionToken {
  kind: 'case' | 'suspect';
  start: number;
  query: string;
}

/**
 * The mention being typed just before the caret: `#` or `@` at the start or after a space,
 * then up to 30 characters; a case number has no spaces, a suspect's name may have one
 * (`@Ram Kum`).
 */
export function mentionAt(text: string, caret: number): MentionToken | undefined {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)([#@])([^\s#@]{0,30}(?: [^\s#@]{1,30})?)$/.exec(before);
  if (!match?.[1]) return undefined;
  const kind = match[1] === '#' ? 'case' : 'suspect';
  const query = match[2] ?? '';
  if (kind === 'case' && query.includes(' ')) return undefined;
  return { kind, start: caret - query.length - 1, query };
}

/** A picked mention: what was inserted in the text for it, and the record it links. */
export interface PickedMention {
  kind: 'case' | 'suspect';
  id: string;
  label: string;
  /** The text inserted, `#FIR 12/2025` or `@Ram Kumar`. */
  token: string;
}

/** The short form written in the text for a search result's label. */
export function mentionToken(kind: 'case' | 'suspect', label: string): string {
  const short = (label.split(' · ')[0] ?? label).replace(/\s\(s\/o .*\)$/, '').trim();
  return `${kind === 'case' ? '#' : '@'}${short}`;
}

/** Replaces the token being typed with the picked mention; returns the text and the new caret. */
export function insertMention(
  text: string,
  token: MentionToken,
  caret: number,
  inserted: string,
): { text: string; caret: number } {
  const after = text.slice(caret);
  const spaced = /^\s/.test(after) ? after : ` ${after}`;
  return {
    text: `${text.slice(0, token.start)}${inserted}${spaced}`,
    caret: token.start + inserted.length + 1,
  };
}

/** The mentions whose token is still in the text (deleting the words unlinks the record). */
export function mentionsKept(text: string, mentions: readonly PickedMention[]): PickedMention[] {
  const kept = new Map<string, PickedMention>();
  for (const mention of mentions) {
    if (text.includes(mention.token)) kept.set(`${mention.kind}:${mention.id}`, mention);
  }
  return [...kept.values()];
}
