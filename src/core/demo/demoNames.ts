/** Names for demo data, in English, Hindi (Devanagari) and Bengali script. */
export interface Scripted {
  en: string;
  hi: string;
  bn: string;
}

const s = (en: string, hi: string, bn: string): Scripted => ({ en, hi, bn });

export const givenNames: Scripted[] = [
  s('Ramesh', 'रमेश', 'রমেশ'),
  s('Suresh', 'सुरेश', 'সুরেশ'),
  s('Mahesh', 'महेश', 'মহেশ'),
  s('Rajesh', 'राजेश', 'রাজেশ'),
  s('Sanjay', 'संजय', 'সঞ্জয়'),
  s('Vijay', 'विजय', 'বিজয়'),
  s('Ajay', 'अजय', 'অজয়'),
  s('Manoj', 'मनोज', 'মনোজ'),
  s('Pankaj', 'पंकज', 'পঙ্কজ'),
  s('Dilip', 'दिलीप', 'দিলীপ'),
  s('Gopal', 'गोपाल', 'গোপাল'),
  s('Bikash', 'विकास', 'বিকাশ'),
  s('Subhas', 'सुभाष', 'সুভাষ'),
  s('Tapan', 'तपन', 'তপন'),
  s('Prakash', 'प्रकाश', 'প্রকাশ'),
  s('Anil', 'अनिल', 'অনিল'),
  s('Sunil', 'सुनील', 'সুনীল'),
  s('Ashok', 'अशोक', 'অশোক'),
  s('Rakesh', 'राकेश', 'রাকেশ'),
  s('Mukesh', 'मुकेश', 'মুকেশ'),
  s('Imran', 'इमरान', 'ইমরান'),
  s('Salim', 'सलीम', 'সেলিম'),
  s('Rafiq', 'रफ़ीक़', 'রফিক'),
  s('Anwar', 'अनवर', 'আনোয়ার'),
  s('Sagar', 'सागर', 'সাগর'),
  s('Raju', 'राजू', 'রাজু'),
  s('Bablu', 'बबलू', 'বাবলু'),
  s('Sunita', 'सुनीता', 'সুনীতা'),
  s('Rekha', 'रेखा', 'রেখা'),
  s('Mamata', 'ममता', 'মমতা'),
];

export const familyNames: Scripted[] = [
  s('Mahato', 'महतो', 'মাহাতো'),
  s('Mondal', 'मंडल', 'মণ্ডল'),
  s('Yadav', 'यादव', 'যাদব'),
  s('Singh', 'सिंह', 'সিং'),
  s('Ansari', 'अंसारी', 'আনসারি'),
  s('Das', 'दास', 'দাস'),
  s('Ghosh', 'घोष', 'ঘোষ'),
  s('Bauri', 'बाउरी', 'বাউরি'),
  s('Rajak', 'रजक', 'রজক'),
  s('Paswan', 'पासवान', 'পাসওয়ান'),
  s('Sahu', 'साहू', 'সাহু'),
  s('Gupta', 'गुप्ता', 'গুপ্ত'),
  s('Murmu', 'मुर्मू', 'মুর্মু'),
  s('Hembram', 'हेम्ब्रम', 'হেমব্রম'),
  s('Kumar', 'कुमार', 'কুমার'),
  s('Sheikh', 'शेख', 'শেখ'),
  s('Banerjee', 'बनर्जी', 'বন্দ্যোপাধ্যায়'),
  s('Chatterjee', 'चटर्जी', 'চট্টোপাধ্যায়'),
];

export const aliases = [
  'Kalua',
  'Chhotu',
  'Langda',
  'Pappu',
  'Tinku',
  'Golu',
  'Munna',
  'Bhola',
  'Lalu',
  'Sonu',
  'Kallu',
  'Bhaiya',
];

export const villages = [
  'Kumardubi',
  'Mugma',
  'Barakar',
  'Chirkunda',
  'Nirsa',
  'Kalyaneshwari',
  'Sitarampur',
  'Jamuria',
  'Raniganj',
  'Jharia',
  'Katras',
  'Mihijam',
  'Chas',
  'Santuri',
  'Neturia',
];

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

export const gangs = [
  'Jamtara cyber gang',
  'Kulti bike-borne gang',
  'Chirkunda coal syndicate',
  'Nirsa highway gang',
  'Raniganj sand mafia',
  'Jharia extortion group',
  '',
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
