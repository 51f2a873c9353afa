/**
 * The fixed list of crime heads, by key; the UI translates each key (`crimeHead.<key>`) and
 * the board filter matches on the key.
 */
export const crimeHeads = [
  'coal_theft',
  'illegal_mining',
  'sand_mining',
  'cattle_smuggling',
  'liquor_smuggling',
  'cyber_fraud',
  'atm_card_swap',
  'vehicle_theft',
  'dacoity',
  'robbery',
  'burglary',
  'theft',
  'extortion',
  'firing',
  'murder',
  'arms',
  'explosives',
  'trafficking',
  'missing_person',
  'unidentified_body',
  'other',
] as const;
export type CrimeHead = (typeof crimeHeads)[number];

/** Free-text crime heads of schema versions before migration 004, lower-cased, to their key. */
const legacyWords: Array<[RegExp, CrimeHead]> = [
  [/vehicle|motorcycle|bike|car theft/, 'vehicle_theft'],
  [/atm|card swap/, 'atm_card_swap'],
  [/cyber|cheating|fraud|kyc/, 'cyber_fraud'],
  [/coal/, 'coal_theft'],
  [/sand/, 'sand_mining'],
  [/mining/, 'illegal_mining'],
  [/cattle|bovine/, 'cattle_smuggling'],
  [/liquor|excise/, 'liquor_smuggling'],
  [/dacoity/, 'dacoity'],
  [/robbery|loot|snatch/, 'robbery'],
  [/burglary|house.?break/, 'burglary'],
  [/extortion|levy/, 'extortion'],
  [/firing|shoot/, 'firing'],
  [/murder/, 'murder'],
  [/arms/, 'arms'],
  [/explosive|bomb/, 'explosives'],
  [/traffick|kidnap/, 'trafficking'],
  [/missing/, 'missing_person'],
  [/body|u\.?d\.? case/, 'unidentified_body'],
  [/theft/, 'theft'],
];

/** The key for a crime head as stored before the fixed list: a key stays, known words map, the rest is `other`. */
export function crimeHeadKey(value: string): CrimeHead {
  const lower = value.trim().toLowerCase();
  const exact = crimeHeads.find((key) => key === lower || key.replace(/_/g, ' ') === lower);
  if (exact) return exact;
  return legacyWords.find(([pattern]) => pattern.test(lower))?.[1] ?? 'other';
}
