/**
 * Unicode NFC for every string Samanvay stores or searches. Keyboards differ: one sends ज़ as
 * the single code point U+095B, another as ज + nukta (U+091C U+093C); য় likewise (U+09DF, or
 * U+09AF U+09BC). Without one form, a name saved from one computer is not found from another.
 *
 * NFC is the form: it is what most keyboards send, and it keeps ज़ and য় (which Unicode
 * excludes from composition) as base + nukta, the same on every computer.
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * A copy of `value` with every string in it, at any depth (object values, array items), in
 * NFC. Object keys, numbers, booleans and null are kept as they are.
 */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfcDeep(item)) as T;
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = nfcDeep(item);
    return copy as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
