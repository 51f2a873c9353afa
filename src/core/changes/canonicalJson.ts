/** Orders an object's keys for JSON.stringify; refuses what JSON cannot carry exactly. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError('canonicalJson: non-finite number');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let sorted = true;
  for (let index = 1; index < keys.length && sorted; index += 1) {
    sorted = (keys[index - 1] as string) < (keys[index] as string);
  }
  if (sorted) return record;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of keys.sort()) copy[key] = record[key];
  return copy;
}

/**
 * JSON with object keys sorted and no whitespace: the bytes a signature covers must be the
 * same on every node, whatever order a map's keys were built in. Undefined properties are
 * left out, as JSON.stringify does; a non-finite number is refused.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys) ?? 'null';
}
