import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, nameKeys } from './phoneticKey';

const sameKey = (names: string[]) => {
  const keys = names.map(nameKey);
  expect(new Set(keys).size, `${names.join(' | ')} → ${keys.join(' | ')}`).toBe(1);
};

describe('nameKeys: one key across Latin, Devanagari and Bengali', () => {
  it('gives the wanted man of the issue one key however he is written', () => {
    sameKey([
      'Md. Rabiul Sheikh',
      'मो. रबीउल शेख',
      'মোঃ রবিউল শেখ',
      'Rabiul SK',
      'Mohammad Rabiul Shaikh',
      'Mohd Rabiul Sk',
      'Sheikh Rabiul',
    ]);
    expect(nameKeys('Md. Rabiul Sheikh')).toEqual(['RBL', 'SK']);
  });

  it('tolerates Kumar/Kr., Mondal/Mandal and the -jee/-opadhyay surnames', () => {
    sameKey(['Ramesh Kumar Mondal', 'Ramesh Kr. Mandal', 'रमेश कुमार मंडल', 'রমেশ কুমার মণ্ডল']);
    sameKey(['Sourav Banerjee', 'Sourav Bandyopadhyay', 'সৌরভ বন্দ্যোপাধ্যায়', 'सौरभ बनर्जी']);
    sameKey(['Amit Chatterjee', 'Amit Chattopadhyay', 'অমিত চট্টোপাধ্যায়']);
    sameKey(['Rina Mukherjee', 'রিনা মুখোপাধ্যায়']);
    sameKey(['Sunil Ganguly', 'সুনীল গঙ্গোপাধ্যায়', 'Sunil Gangopadhyay']);
  });

  it('folds vowel length, aspirates, doubled letters, schwa, ব/ভ/ৱ and য/জ', () => {
    sameKey(['Rabiul', 'Rabeeul', 'Robiul']);
    sameKey(['Bhola', 'Bola', 'ভোলা', 'भोला']);
    sameKey(['Mohammad', 'Muhammad', 'Mohammed']); // all ignored: an empty key
    sameKey(['Vikash Yadav', 'Bikash Jadav', 'বিকাশ যাদব', 'विकास यादव']);
    sameKey(['Lakshman', 'Laxman', 'লক্ষ্মণ', 'लक्ष्मण']);
    sameKey(['Chowdhury', 'Choudhary', 'চৌধুরী', 'चौधरी']);
    sameKey(['Islam', 'ইসলাম', 'इस्लाम']);
    sameKey(['Biswas', 'বিশ্বাস']);
    sameKey(['Singh', 'सिंह', 'সিং']);
    sameKey(['Paswan', 'पासवान', 'পাসওয়ান']);
    sameKey(['Anwar', 'अनवर', 'আনোয়ার']);
    sameKey(['Rakesh', 'रकेश', 'রাকেশ', 'Raakesh']);
  });

  it('drops honorifics and abbreviations', () => {
    sameKey(['Shri Raju Ray', 'Raju Roy', 'শ্রী রাজু রায়', 'श्री राजू राय', 'Late Raju Ray']);
  });

  it('keeps different names apart', () => {
    expect(nameKey('Ramesh Mondal')).not.toBe(nameKey('Rakesh Mondal'));
    expect(nameKey('Rabiul Sheikh')).not.toBe(nameKey('Habibul Sheikh'));
    expect(nameKey('Suresh Yadav')).not.toBe(nameKey('Ramesh Yadav'));
  });

  it('gives no key to text with no letters, and never throws on odd input', () => {
    expect(nameKeys('')).toEqual([]);
    expect(nameKeys('*** "NEAR" ((( ))) 12345')).toEqual(['NR']);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(Array.isArray(nameKeys(text))).toBe(true);
      }),
    );
  });
});

const indicName = fc.constantFrom(
  'রবিউল শেখ',
  'मो. रबीउल शेख',
  'ज़ाकिर हुसैन',
  'জাকির হোসেন',
  'রমেশ কুমার মণ্ডল',
  'সৌরভ বন্দ্যোপাধ্যায়',
  'लक्ष्मण यादव',
  'Md. Rabiul Sheikh',
  'Ramesh Kr. Mandal',
);

describe('nameKey properties', () => {
  it('does not change with spacing, punctuation or letter case', () => {
    fc.assert(
      fc.property(
        indicName,
        fc.constantFrom(' ', '  ', '. ', ', ', ' - ', '\t'),
        fc.boolean(),
        (name, separator, upper) => {
          const respaced = name.split(' ').join(separator);
          const cased = upper ? respaced.toUpperCase() : respaced.toLowerCase();
          expect(nameKey(`  ${cased}. `)).toBe(nameKey(name));
        },
      ),
    );
  });

  it('does not change with zero-width joiners and non-joiners anywhere', () => {
    fc.assert(
      fc.property(
        indicName,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200c', '\u200d')), { maxLength: 4 }),
        (name, inserts) => {
          const chars = [...name];
          for (const [at, joiner] of inserts) chars.splice(at % (chars.length + 1), 0, joiner);
          expect(nameKey(chars.join(''))).toBe(nameKey(name));
        },
      ),
    );
  });

  it('does not change between precomposed and decomposed nukta forms', () => {
    const pairs: Array<[string, string]> = [
      ['\u095b', '\u091c\u093c'], // ज़
      ['\u095e', '\u092b\u093c'], // फ़
      ['\u095c', '\u0921\u093c'], // ड़
      ['\u09df', '\u09af\u09bc'], // য়
      ['\u09dc', '\u09a1\u09bc'], // ড়
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.constantFrom('रा', 'কা', 'a'),
        ([composed, decomposed], around) => {
          expect(nameKey(`${around}${composed}${around}`)).toBe(
            nameKey(`${around}${decomposed}${around}`),
          );
        },
      ),
    );
  });

  it('does not depend on the order of the words', () => {
    fc.assert(
      fc.property(indicName, fc.boolean(), (name, reverse) => {
        const words = name.split(' ');
        expect(nameKey((reverse ? words.reverse() : words).join(' '))).toBe(nameKey(name));
      }),
    );
  });
});

describe('nameKeys: nasals, glides and -deo', () => {
  it('reads chandrabindu as the nasal that anusvara and Latin write', () => {
    expect(nameKeys('হাঁসদা')).toEqual(nameKeys('Hansda'));
    expect(nameKeys('हांसदा')).toEqual(nameKeys('Hansda'));
  });
  it('reads an initial ইউ as the y of Yunus', () => {
    expect(nameKeys('মোঃ ইউনুস')).toEqual(nameKeys('Md. Yunus'));
  });
  it('reads a final -deo as -dev', () => {
    expect(nameKeys('Sukhdeo')).toEqual(nameKeys('सुखदेव'));
  });
});
