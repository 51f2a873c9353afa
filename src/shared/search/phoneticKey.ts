import { normaliseText } from '../text/normaliseText';
import { transliterateIndic } from './transliterate';

/**
 * Cross-script phonetic keys for names. A name in Latin, Devanagari or Bengali becomes a list
 * of word keys: the word's consonant skeleton, with aspirates, vowel length, schwa deletion,
 * doubled letters, v/w/b and initial y/j folded together, and a leading "A" for a word that
 * starts with a vowel. "Md. Rabiul Sheikh", "मो. रबीउल शेख" and "মোঃ রবিউল শেখ" all give
 * ["RBL", "SK"]: honorifics and the Mohammad abbreviations are dropped, and known surname
 * pairs (Banerjee/Bandyopadhyay …) share one key.
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);

/** Latin digraphs folded first (aspirates and sibilants), longest first. */
const digraphs: Array<[RegExp, string]> = [
  [/c(?!h)/g, 'k'],
  [/chh/g, 'c'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/ph/g, 'p'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/jh/g, 'j'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/bh/g, 'b'],
  [/x/g, 'ks'],
  // A final "eo" is the v of देव written the Bihar way (Sukhdeo, Ramdeo, Baldeo).
  [/eo$/g, 'ev'],
  // A final or pre-consonant "ng" is the nasal of सिंह/সিং (Singh).
  [/ng(?![aeiou])/g, 'n'],
];

const letters: Record<string, string> = {
  q: 'k',
  z: 'j',
  f: 'p',
  v: 'b',
};

/** Keys of words that carry no identity: honorifics, "alias" markers, Mohammad and its forms. */
const ignoredKeys = new Set([
  'SR', // Sri, Shri, Shree, श्री, শ্রী
  'SRMT', // Srimati, श्रीमती
  'SMT',
  'MR',
  'MRS',
  'MS',
  'DR',
  'LT', // Late
  'SB', // Sahab
  'SHB',
  'BB', // Babu
  'J', // ji
  'MD', // Mohammad, Mohd., Md., মোঃ, मो.
  'M',
  'MHD',
  'RP', // urf / alias markers
  'ARP',
  'ALS',
  'ORP',
  'S/O',
  'AKA',
]);

/** Surnames written two ways, and common abbreviations, mapped to one key. */
const equivalentKeys: Record<string, string> = {
  BNDPD: 'BNRJ', // Bandyopadhyay ~ Banerjee
  CTPD: 'CTRJ', // Chattopadhyay ~ Chatterjee
  MKPD: 'MKRJ', // Mukhopadhyay ~ Mukherjee
  GNGPD: 'GNGL', // Gangopadhyay ~ Ganguly
  GNGL: 'GNGL',
  KR: 'KMR', // Kr. ~ Kumar
  SK: 'SK', // Sheikh, Shaikh, Sk
  KN: 'KN', // Khan
  PRSD: 'PRSD',
  PD: 'PRSD', // Pd. ~ Prasad
};

/** The key of one Latin word (lower case, letters only). */
function latinWordKey(word: string): string {
  if (word === '') return '';
  let folded = word;
  for (const [pattern, replacement] of digraphs) folded = folded.replace(pattern, replacement);
  let key = vowels.has(folded[0] ?? '') ? 'A' : '';
  for (let index = 0; index < folded.length; index += 1) {
    const char = folded[index] ?? '';
    if (vowels.has(char) || char === 'h') continue;
    if (char === 'y') {
      // y is a consonant (j) only where it starts a word; otherwise a vowel or a glide.
      if (index === 0) key += 'J';
      continue;
    }
    if (char === 'w') {
      // w before a vowel is b/v (Biswas, Rawat); elsewhere it is a vowel (Chowdhury).
      if (vowels.has(folded[index + 1] ?? '')) key += 'B';
      continue;
    }
    if (!/[a-z]/.test(char)) continue;
    key += (letters[char] ?? char).toUpperCase();
  }
  // Doubled consonants are one.
  key = key.replace(/(.)\1+/g, '$1');
  return equivalentKeys[key] ?? key;
}

/** Words of a name, in Latin letters, each with whether it was written abbreviated ("Md."). */
function latinWords(name: string): string[] {
  const latin = transliterateIndic(normaliseText(name))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return latin.split(/[^a-z]+/).filter((word) => word !== '');
}

/** The word keys of a name, honorifics dropped, in written order; [] for no name at all. */
export function nameKeys(name: string): string[] {
  const keys: string[] = [];
  for (const word of latinWords(name)) {
    const key = latinWordKey(word);
    if (key === '' || ignoredKeys.has(key)) continue;
    keys.push(key);
  }
  return keys;
}

/** One string key of a whole name: its word keys sorted, so word order does not matter. */
export function nameKey(name: string): string {
  return [...nameKeys(name)].sort().join(' ');
}
