/* Words for demo data; people's names are in resources/data/demo-people.json (demoPeople.ts). */
/** A word in English, Hindi (Devanagari) and Bengali script. */
export interface Scripted {
  en: string;
  hi: string;
  bn: string;
}

export const marks = [
  'mole on left cheek',
  'cut mark over right eyebrow',
  'tattoo "Om" on right forearm',
  'burn scar on left hand',
  'missing upper front tooth',
  'limps on left leg',
  'tattoo of a heart with initials on left arm',
  'wart near nose',
];

export const builds = ['thin', 'medium', 'stocky', 'heavy', 'athletic'];

export const ranks = ['Constable', 'ASI', 'SI', 'Inspector', 'DSP'];

export const sectionsByCrime: Record<string, string[]> = {
  Dacoity: ['BNS 310(2)', 'Arms Act 25'],
  Robbery: ['BNS 309(4)'],
  Burglary: ['BNS 331(4)', 'BNS 305'],
  Theft: ['BNS 303(2)'],
  'Vehicle theft': ['BNS 303(2)'],
  Snatching: ['BNS 304(2)'],
  Murder: ['BNS 103(1)', 'Arms Act 27'],
  'Attempt to murder': ['BNS 109(1)'],
  Kidnapping: ['BNS 137(2)', 'BNS 140(2)'],
  Extortion: ['BNS 308(2)'],
  'Cheating / cyber fraud': ['BNS 318(4)', 'IT Act 66D'],
  'Arms Act': ['Arms Act 25(1-b)'],
  'NDPS (narcotics)': ['NDPS 20(b)'],
  'Coal / sand smuggling': ['BNS 303(2)', 'MMDR Act 21'],
  'Cattle smuggling': ['BNS 303(2)'],
  'Fake currency': ['BNS 178', 'BNS 180'],
};
