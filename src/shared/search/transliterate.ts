/**
 * Devanagari and Bengali to a rough Latin spelling with the distinctions that vary in how a
 * name is written already folded away: aspirates (ख = क), vowel length, ব/ভ/ৱ, য/জ at the
 * start of a word, retroflex and dental, and every nukta form. The result is fed to the same
 * Latin folding as typed names, so "রবিউল", "रबीउल" and "Rabiul" meet.
 */

const consonants: Record<string, string> = {};
const nuktaConsonants: Record<string, string> = {};

function table(letters: string, sound: string): void {
  for (const letter of letters) consonants[letter] = sound;
}

// Devanagari
table('कख', 'k');
table('गघ', 'g');
table('चछ', 'ch');
table('जझ', 'j');
table('टठतथ', 't');
table('डढदध', 'd');
table('ङञणन', 'n');
table('पफ', 'p');
table('बभव', 'b');
table('म', 'm');
table('य', 'y');
table('र', 'r');
table('लळ', 'l');
table('शषस', 's');
table('ह', 'h');
// Bengali
table('কখ', 'k');
table('গঘ', 'g');
table('চছ', 'ch');
table('জঝ', 'j');
table('টঠতথৎ', 't');
table('ডঢদধ', 'd');
table('ঙঞণন', 'n');
table('পফ', 'p');
table('বভৱ', 'b');
table('ম', 'm');
table('য', 'y');
table('র', 'r');
table('ল', 'l');
table('শষস', 's');
table('হ', 'h');

// With a nukta: ड़/ढ़/ড়/ঢ় are flapped r; য় is a glide; the rest are their plain letter.
for (const [letter, sound] of Object.entries({
  ड: 'r',
  ढ: 'r',
  ড: 'r',
  ঢ: 'r',
  য: 'y',
  य: 'y',
  ज: 'j',
  फ: 'p',
  क: 'k',
  ख: 'k',
  ग: 'g',
})) {
  nuktaConsonants[letter] = sound;
}

const virama = new Set(['\u094d', '\u09cd']);
const nukta = new Set(['\u093c', '\u09bc']);
/** Anusvara and chandrabindu: a nasal (हांसदा and হাঁসদা are both Hansda). */
const anusvara = new Set(['\u0902', '\u0982', '\u0901', '\u0981']);
/** Independent i/ī and u/ū: at the start of a word, "iu" is the glide of Yunus (ইউনুস). */
const independentI = new Set(['\u0907', '\u0908', '\u0987', '\u0988']);
const independentOrSignU = new Set([
  '\u0909',
  '\u090a',
  '\u0989',
  '\u098a',
  '\u0941',
  '\u0942',
  '\u09c1',
  '\u09c2',
]);
/** Visarga: in names, the abbreviation mark of "মোঃ" (Md.). */
const visarga = new Set(['\u0903', '\u0983']);

function isIndependentVowel(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 0x0904 && code <= 0x0914) ||
    (code >= 0x0985 && code <= 0x0994) ||
    code === 0x0960 ||
    code === 0x09e0
  );
}

function isVowelSign(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 0x093e && code <= 0x094c) ||
    (code >= 0x09be && code <= 0x09cc) ||
    code === 0x0962 ||
    code === 0x0963 ||
    code === 0x09d7
  );
}

/** Whether a string holds any Devanagari or Bengali letter. */
export function hasIndicScript(text: string): boolean {
  return /[\u0900-\u09ff]/.test(text);
}

/**
 * Devanagari and Bengali letters rewritten in Latin (other characters kept). Inherent and
 * written vowels become "a": the phonetic key keeps only a word's first vowel, and only where it starts the word.
 */
export function transliterateIndic(text: string): string {
  const chars = [...text.normalize('NFD')];
  let out = '';
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? '';
    const next = chars[index + 1] ?? '';
    // ওয়/োয় is how Bengali writes "wa" (পাসওয়ান Paswan, আনোয়ার Anwar).
    // (In NFD ো is written ে + া, so the o before it shows as া after ে.)
    const before = chars.slice(Math.max(0, index - 2), index).join('');
    if (char === 'য' && nukta.has(next) && /\u0993$|\u09c7\u09be$/.test(before)) {
      out += 'w';
      index += 1;
      continue;
    }
    const consonant = consonants[char];
    if (consonant !== undefined) {
      const sound = nukta.has(next) ? (nuktaConsonants[char] ?? consonant) : consonant;
      // A ya after a virama is a conjunct (ya-phala): silent or a doubling, never a j.
      const afterVirama = virama.has(chars[index - 1] ?? '');
      out += afterVirama && sound === 'y' ? '' : sound;
      // Inherent vowel, unless a virama or a vowel sign follows.
      const following = nukta.has(next) ? (chars[index + 2] ?? '') : next;
      if (!virama.has(following) && !isVowelSign(following)) out += 'a';
      continue;
    }
    if (nukta.has(char) || virama.has(char)) continue;
    const startsWord = !/[\p{L}\p{M}]/u.test(chars[index - 1] ?? '');
    if (startsWord && independentI.has(char) && independentOrSignU.has(next)) {
      out += 'y';
      continue;
    }
    if (isIndependentVowel(char) || isVowelSign(char)) {
      out += 'a';
      continue;
    }
    if (anusvara.has(char)) {
      out += 'n';
      continue;
    }
    if (visarga.has(char)) {
      out += '.';
      continue;
    }
    out += char;
  }
  return out;
}
