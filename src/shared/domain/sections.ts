/**
 * Sections of law as FIRs write them (`u/s 303(2)/317(2)/3(5) BNS`, `धारा 303(2) बीएनएस`,
 * `25(1-b)a/26/35 Arms Act`), parsed into one `<Act> <section>` per section. The text as
 * written is kept beside the parsed list.
 */

/** One section as stored: the act's standard name, a space, the section (`BNS 303(2)`). */
export const sectionPattern =
  /^\S.{0,79}\s\d{1,4}[A-Za-z]{0,2}(?:\([0-9A-Za-z-]{1,6}\))*[A-Za-z]?$/u;

const sectionToken = /^\d{1,4}[A-Za-z]{0,2}(?:\([0-9A-Za-z-]{1,6}\))*[A-Za-z]?$/;

/** Acts by the ways FIRs name them, to one standard name. */
const actNames: Array<[RegExp, string]> = [
  [
    /^(bns|b\.n\.s\.?|bharatiya nyaya sanhita(,? 2023)?|बीएनएस|बी\.एन\.एस\.?|भारतीय न्याय संहिता|বিএনএস|ভারতীয় ন্যায় সংহিতা)$/iu,
    'BNS',
  ],
  [/^(ipc|i\.p\.c\.?|indian penal code|भादवि|भा\.द\.वि\.?|आईपीसी|আইপিসি|ভারতীয় দণ্ডবিধি)$/iu, 'IPC'],
  [/^(arms act|a\.? ?act|आर्म्स एक्ट|शस्त्र अधिनियम|অস্ত্র আইন)(,? 1959)?$/iu, 'Arms Act'],
  [/^(it act|i\.t\. act|information technology act)(,? 2000)?$/iu, 'IT Act'],
  [/^sc\/?st \(?poa\)? act(,? 1989)?$|^sc\/st act$/iu, 'SC/ST (PoA) Act'],
  [/^(ndps act|ndps)(,? 1985)?$/iu, 'NDPS Act'],
  [/^(e\.? ?s\.? act|explosive substances? act)(,? 1908)?$/iu, 'Explosive Substances Act'],
  [/^(mmdr act|mines and minerals.*act)(,? 1957)?$/iu, 'MMDR Act'],
  [/^(bengal excise act|b\.e\. act)(,? 1909)?$/iu, 'Bengal Excise Act'],
  [/^(jharkhand excise act)(,? 1915)?$/iu, 'Jharkhand Excise Act'],
  [
    /^(wb|west bengal) animal slaughter control act(,? 1950)?$/iu,
    'WB Animal Slaughter Control Act 1950',
  ],
  [
    /^jharkhand bovine animal prohibition of slaughter act(,? 2005)?$/iu,
    'Jharkhand Bovine Animal Prohibition of Slaughter Act 2005',
  ],
  [/^(pocso act|pocso)(,? 2012)?$/iu, 'POCSO Act'],
];

const prefixes = /^(u\/s\.?|u\/ss\.?|us\.?|sec(tion)?s?\.?|धारा(एँ|ओं)?|ধারা)\s*/iu;

/** The standard name of an act as written, or the text itself (trimmed) when unknown. */
export function actName(written: string): string {
  const text = written.replace(/\s+/g, ' ').replace(/[.,]$/, '').trim();
  return actNames.find(([pattern]) => pattern.test(text))?.[1] ?? text;
}

/** The outcome of parsing: the sections, and the parts that could not be read. */
export interface ParsedSections {
  sections: string[];
  unreadable: string[];
}

function parseGroup(group: string): string[] | undefined {
  const text = group.replace(prefixes, '').trim();
  if (!text) return undefined;
  const words = text.split(/\s+/);
  const isList = (word: string) => word.split('/').every((part) => sectionToken.test(part));
  let numbers: string | undefined;
  let act: string;
  if (words[0] && isList(words[0])) {
    numbers = words[0];
    act = words.slice(1).join(' ');
  } else {
    const index = words.findLastIndex((word) => isList(word));
    // An act whose name ends in its year (`… Act 1950`) followed by nothing is not a section.
    if (index <= 0) return undefined;
    numbers = words[index];
    act = [...words.slice(0, index), ...words.slice(index + 1)].join(' ');
  }
  const name = actName(act.replace(prefixes, ''));
  if (!numbers || !name || name.length > 79) return undefined;
  return numbers.split('/').map((number) => `${name} ${number}`);
}

/**
 * Parses sections as written: groups separated by `,`, `;`, `&`, ` and `, `r/w` (read with),
 * each `[u/s] <sections joined by /> <act>` or `<act> <sections>`. Acts named in Hindi or
 * Bengali come out under their standard English name.
 */
export function parseSections(written: string): ParsedSections {
  const sections: string[] = [];
  const unreadable: string[] = [];
  const groups = written
    .normalize('NFC')
    // "… Act, 2005": the year of an act is part of its name, not another group.
    .replace(/\b(act|sanhita),\s*(\d{4})\b/giu, '$1 $2')
    .split(/[,;&]|\s(?:and|r\/w|read with|और|एवं|ও|এবং)\s/iu)
    .map((group) => group.trim())
    .filter(Boolean);
  for (const group of groups) {
    const parsed = parseGroup(group);
    if (parsed) {
      for (const section of parsed) if (!sections.includes(section)) sections.push(section);
    } else unreadable.push(group);
  }
  return { sections, unreadable };
}

/** BNS replaced IPC for offences from 1 July 2024 (IST). */
export const bnsFrom = Date.UTC(2024, 5, 30, 18, 30);

/**
 * Whether the code of law fits the date of the offence: `ipc_after_bns` for an IPC section on
 * an offence from 1 July 2024, `bns_before_bns` for a BNS section on an earlier one. A warning,
 * never a refusal: a case registered later may rightly keep the code of its date.
 */
export function sectionDateWarning(
  sections: readonly string[],
  occurredAt: number,
): 'ipc_after_bns' | 'bns_before_bns' | undefined {
  const acts = new Set(sections.map((section) => section.slice(0, section.lastIndexOf(' '))));
  if (occurredAt >= bnsFrom && acts.has('IPC')) return 'ipc_after_bns';
  if (occurredAt < bnsFrom && acts.has('BNS')) return 'bns_before_bns';
  return undefined;
}
