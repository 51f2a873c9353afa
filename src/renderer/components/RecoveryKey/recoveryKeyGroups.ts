/**
 * Splits a recovery key into groups for reading aloud and copying onto paper: the key's own
 * separators (dashes, spaces) when it has them, otherwise groups of four characters.
 */
export function recoveryKeyGroups(key: string): string[] {
  const parts = key
    .trim()
    .split(/[\s-]+/)
    .filter((part) => part !== '');
  if (parts.length > 1) return parts;
  const compact = parts[0] ?? '';
  const groups: string[] = [];
  for (let index = 0; index < compact.length; index += 4)
    groups.push(compact.slice(index, index + 4));
  return groups;
}
