const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** Most words put in one query: more add little but cost an index lookup each. */
const maxWords = 12;

/**
 * A safe FTS5 query for the text typed: each word quoted (so `"`, `*`, NEAR, AND… are only
 * words), every word required, the last a prefix (it may still be being typed). A word typed
 * twice is asked for once ("chain chain chain" is one term, not three lookups of the same
 * list), and a last word that repeats an earlier one adds nothing (the whole word is already
 * required), so the query finds exactly what the words as typed would. Undefined when the
 * text has no word.
 */
export function ftsQuery(text: string): string | undefined {
  const words = [...text.matchAll(wordPattern)].map((match) => match[0]);
  const last = words.pop();
  if (last === undefined) return undefined;
  const earlier = new Map<string, string>();
  for (const word of words) {
    const key = word.toLowerCase();
    if (!earlier.has(key)) earlier.set(key, word);
  }
  const whole = [...earlier.values()].map((word) => `"${word}"`);
  if (earlier.has(last.toLowerCase())) return whole.slice(0, maxWords).join(' ');
  const typing = `"${last}"${last.length >= 2 ? '*' : ''}`;
  return [...whole.slice(0, maxWords - 1), typing].join(' ');
}
