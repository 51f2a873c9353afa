/**
 * Police stations of the West Bengal – Jharkhand border in Hindi and Bengali,
 * for showing records in the operator's language. Records keep the English name (it is what
 * syncs and what filters match); screens show the local one where this list has it, and the
 * English as typed otherwise. Station list after data/border-districts.json.
 */
type LocalName = readonly [hi: string, bn: string];

const policeStations: Record<string, LocalName> = {
  'Asansol North': ['आसनसोल नॉर्थ', 'আসানসোল নর্থ'],
  'Asansol South': ['आसनसोल साउथ', 'আসানসোল সাউথ'],
  Hirapur: ['हीरापुर', 'হীরাপুর'],
  Kulti: ['कुल्टी', 'কুলটি'],
  Barakar: ['बराकर', 'বরাকর'],
  Salanpur: ['सालानपुर', 'সালানপুর'],
  Chittaranjan: ['चित्तरंजन', 'চিত্তরঞ্জন'],
  Barabani: ['बाराबनी', 'বারাবনী'],
  Jamuria: ['जामुड़िया', 'জামুড়িয়া'],
  Raniganj: ['रानीगंज', 'রানিগঞ্জ'],
  Andal: ['अंडाल', 'অন্ডাল'],
  Pandabeswar: ['पांडवेश्वर', 'পাণ্ডবেশ্বর'],
  Durgapur: ['दुर्गापुर', 'দুর্গাপুর'],
  'Coke Oven': ['कोक ओवन', 'কোক ওভেন'],
  'New Township': ['न्यू टाउनशिप', 'নিউ টাউনশিপ'],
  Kanksa: ['कांकसा', 'কাঁকসা'],
  Budbud: ['बुदबुद', 'বুদবুদ'],
  Faridpur: ['फरीदपुर', 'ফরিদপুর'],
  'Cyber Crime PS Asansol': ['साइबर क्राइम थाना आसनसोल', 'সাইবার ক্রাইম থানা আসানসোল'],
  Dhanbad: ['धनबाद', 'ধানবাদ'],
  'Bank More': ['बैंक मोड़', 'ব্যাংক মোড়'],
  Saraidhela: ['सरायढेला', 'সরাইঢেলা'],
  Dhansar: ['धनसार', 'ধনসার'],
  Jharia: ['झरिया', 'ঝরিয়া'],
  Jorapokhar: ['जोड़ापोखर', 'জোড়াপোখর'],
  Sindri: ['सिंदरी', 'সিন্দরি'],
  Baliapur: ['बलियापुर', 'বলিয়াপুর'],
  Govindpur: ['गोविंदपुर', 'গোবিন্দপুর'],
  Nirsa: ['निरसा', 'নিরসা'],
  Chirkunda: ['चिरकुंडा', 'চিরকুন্ডা'],
  Maithon: ['मैथन', 'মাইথন'],
  Katras: ['कतरास', 'কাতরাস'],
  Baghmara: ['बाघमारा', 'বাঘমারা'],
  Topchanchi: ['तोपचांची', 'তোপচাঁচি'],
  Tundi: ['टुंडी', 'টুন্ডি'],
  Putki: ['पुटकी', 'পুটকি'],
  Kenduadih: ['केंदुआडीह', 'কেন্দুয়াডিহ'],
  Kumardhubi: ['कुमारधुबी', 'কুমারধুবি'],
  Egarkund: ['एग्यारकुंड', 'এগারকুন্ড'],
  'Cyber Crime PS Dhanbad': ['साइबर क्राइम थाना धनबाद', 'সাইবার ক্রাইম থানা ধানবাদ'],
  'Purulia Town': ['पुरुलिया टाउन', 'পুরুলিয়া টাউন'],
  'Purulia Muffasil': ['पुरुलिया मुफस्सिल', 'পুরুলিয়া মফস্সল'],
  Raghunathpur: ['रघुनाथपुर', 'রঘুনাথপুর'],
  Santuri: ['संतुरी', 'সাঁতুড়ি'],
  Neturia: ['नेतुरिया', 'নেতুড়িয়া'],
  Para: ['पाड़ा', 'পাড়া'],
  Jhalda: ['झालदा', 'ঝালদা'],
  Balarampur: ['बलरामपुर', 'বলরামপুর'],
  Adra: ['आद्रा', 'আদ্রা'],
  'Bokaro Steel City': ['बोकारो स्टील सिटी', 'বোকারো স্টিল সিটি'],
  Chas: ['चास', 'চাস'],
  Chandankiyari: ['चंदनकियारी', 'চন্দনকিয়ারি'],
  Bermo: ['बेरमो', 'বেরমো'],
  Tenughat: ['तेनुघाट', 'তেনুঘাট'],
  Jaridih: ['जरीडीह', 'জরিডিহ'],
  'Chas Muffasil': ['चास मुफस्सिल', 'চাস মফস্সল'],
  Pindrajora: ['पिंड्राजोरा', 'পিণ্ড্রাজোড়া'],
  Jamtara: ['जामताड़ा', 'জামতাড়া'],
  Mihijam: ['मिहिजाम', 'মিহিজাম'],
  Narayanpur: ['नारायणपुर', 'নারায়ণপুর'],
  Karmatanr: ['करमाटांड़', 'করমাটাঁড়'],
  Nala: ['नाला', 'নালা'],
  Kundahit: ['कुंडहित', 'কুন্ডহিত'],
  Fatehpur: ['फतेहपुर', 'ফতেপুর'],
  'Cyber Crime PS Jamtara': ['साइबर क्राइम थाना जामताड़ा', 'সাইবার ক্রাইম থানা জামতাড়া'],
};

function localName(names: Record<string, LocalName>, value: string, language: string): string {
  const local = Object.hasOwn(names, value) ? names[value] : undefined;
  if (!local) return value;
  if (language === 'hi') return local[0];
  if (language === 'bn') return local[1];
  return value;
}

/** A police station's name in `language` (`en`, `hi` or `bn`), or as recorded if unknown. */
export function policeStationName(station: string, language: string): string {
  return localName(policeStations, station, language);
}

/** The police stations this list names, in English: for tests. */
export const knownLocalNames = {
  policeStations: Object.keys(policeStations),
};
