import type { LogCategory } from '../../shared/domain/enums';
import type { Scripted } from './demoNames';
import type { Random } from './random';
import { policeStationName } from '../../shared/localNames';

type Language = keyof Scripted;

/** Vehicles as control rooms name them, in each language. */
const vehicleKinds: Scripted[] = [
  { en: 'white Bolero', hi: 'सफ़ेद बोलेरो', bn: 'সাদা বোলেরো' },
  { en: 'black Pulsar motorcycle', hi: 'काली पल्सर मोटरसाइकिल', bn: 'কালো পালসার মোটরসাইকেল' },
  { en: 'Tata 407 truck', hi: 'टाटा 407 ट्रक', bn: 'টাটা ৪০৭ ট্রাক' },
  { en: 'silver Scorpio', hi: 'सिल्वर स्कॉर्पियो', bn: 'রুপোলি স্কর্পিও' },
  { en: 'coal-laden dumper', hi: 'कोयला लदा डंपर', bn: 'কয়লা বোঝাই ডাম্পার' },
  { en: 'pickup van', hi: 'पिकअप वैन', bn: 'পিকআপ ভ্যান' },
  { en: 'red Apache motorcycle', hi: 'लाल अपाचे मोटरसाइकिल', bn: 'লাল অ্যাপাচি মোটরসাইকেল' },
  { en: 'auto-rickshaw', hi: 'ऑटो रिक्शा', bn: 'অটো রিকশা' },
  { en: 'cattle truck (10-wheeler)', hi: 'मवेशी लदा ट्रक (10 चक्का)', bn: 'গরু বোঝাই ট্রাক (১০ চাকা)' },
];

/** Several ways each kind of entry is written, per language; `{…}` are filled in. */
const templates: Record<Language, Record<LogCategory, string[]>> = {
  en: {
    incident: [
      'Robbery near {place}: two persons on a {vehicleKind} fled towards the border.',
      'Firing reported at a coal depot near {place}; no injury, shells recovered.',
      'Chain snatching at {place} market; accused escaped on a {vehicleKind} {vehicle}.',
    ],
    lookout: [
      'Lookout: {suspect} seen near {place}; may cross over tonight. Please alert check posts.',
      'Lookout for a suspicious {vehicleKind} {vehicle} heading towards {place}.',
    ],
    request: [
      'Request: please verify the address of {suspect} and share the call record if available.',
      'Please check CCTV at the {place} toll plaza for a {vehicleKind} {vehicle}.',
      'Request to trace the owner of {vehicle} ({vehicleKind}) seen in our area.',
    ],
    reply: [
      'Verified: person not found at the given address; family says the person left for Asansol last week.',
      'CCTV checked; the {vehicleKind} passed at 02:14 towards {place}.',
    ],
    arrest: [
      '{suspect} arrested by {station} PS team; produced before court tomorrow.',
      '{suspect} held at {place} with a {vehicleKind} {vehicle}; FIR being drawn up.',
    ],
    information: [
      'Information: stolen {vehicleKind} {vehicle} may be moving on NH-19.',
      'Information: {suspect} is said to be staying with relatives at {place}.',
    ],
    meeting: [
      'Joint border meeting at Chirkunda check post at 11:00; lists of active offenders to be exchanged.',
    ],
    handover: ['Shift handover: pending requests and active lookouts listed.'],
    task: ['Task from the joint meeting: share the call records of {suspect} by Friday.'],
  },
  hi: {
    incident: [
      '{place} के पास लूट: {vehicleKind} पर सवार दो व्यक्ति सीमा की ओर भागे।',
      '{place} के पास कोयला डिपो पर फ़ायरिंग की सूचना; कोई घायल नहीं, खोखा बरामद।',
      '{place} बाज़ार में चेन छिनतई; आरोपी {vehicleKind} {vehicle} से फ़रार।',
    ],
    lookout: [
      'लुकआउट: {suspect} को {place} के पास देखा गया; आज रात सीमा पार करने की आशंका। चेक पोस्ट सतर्क करें।',
      '{place} की ओर जा रही संदिग्ध {vehicleKind} {vehicle} पर नज़र रखें।',
    ],
    request: [
      'अनुरोध: {suspect} के पते का सत्यापन कर कॉल रिकॉर्ड उपलब्ध हो तो भेजें।',
      'कृपया {place} टोल प्लाज़ा का CCTV {vehicleKind} {vehicle} के लिए देखें।',
    ],
    reply: [
      'सत्यापित: दिए गए पते पर व्यक्ति नहीं मिला; परिवार के अनुसार पिछले सप्ताह आसनसोल चले गए।',
      'CCTV देखा गया; {vehicleKind} रात 02:14 बजे {place} की ओर गई।',
    ],
    arrest: [
      '{suspect} को {station} थाना की टीम ने गिरफ़्तार किया; कल न्यायालय में प्रस्तुत किया जाएगा।',
      '{suspect} को {place} में {vehicleKind} {vehicle} के साथ पकड़ा गया; प्राथमिकी दर्ज की जा रही है।',
    ],
    information: [
      'सूचना: चोरी की {vehicleKind} {vehicle} NH-19 पर चल रही हो सकती है।',
      'सूचना: {suspect} के {place} में रिश्तेदार के यहाँ होने की ख़बर है।',
    ],
    meeting: ['चिरकुंडा चेक पोस्ट पर 11:00 बजे संयुक्त सीमा बैठक; सक्रिय अपराधियों की सूची का आदान-प्रदान।'],
    handover: ['शिफ़्ट हस्तांतरण: लंबित अनुरोध और सक्रिय लुकआउट सूचीबद्ध।'],
    task: ['संयुक्त बैठक का कार्य: {suspect} का कॉल रिकॉर्ड शुक्रवार तक साझा करें।'],
  },
  bn: {
    incident: [
      '{place}-এর কাছে ডাকাতি: {vehicleKind}-এ দুজন সীমান্তের দিকে পালিয়েছে।',
      '{place}-এর কাছে কয়লা ডিপোতে গুলি চলেছে; কেউ আহত নয়, খোল উদ্ধার।',
      '{place} বাজারে চেন ছিনতাই; অভিযুক্ত {vehicleKind} {vehicle}-এ পলাতক।',
    ],
    lookout: [
      'লুকআউট: {suspect}-কে {place}-এর কাছে দেখা গেছে; আজ রাতে সীমানা পার হতে পারে। চেক পোস্ট সতর্ক করুন।',
      '{place}-এর দিকে যাওয়া সন্দেহজনক {vehicleKind} {vehicle}-এর উপর নজর রাখুন।',
    ],
    request: [
      'অনুরোধ: {suspect}-এর ঠিকানা যাচাই করে কল রেকর্ড থাকলে পাঠান।',
      '{place} টোল প্লাজার সিসিটিভিতে {vehicleKind} {vehicle} খুঁজে দেখুন।',
    ],
    reply: [
      'যাচাই হয়েছে: দেওয়া ঠিকানায় ব্যক্তিকে পাওয়া যায়নি; পরিবার বলছে গত সপ্তাহে ধানবাদ গেছে।',
      'সিসিটিভি দেখা হয়েছে; {vehicleKind} রাত ০২:১৪-এ {place}-এর দিকে গেছে।',
    ],
    arrest: [
      '{suspect}-কে {station} থানার দল গ্রেপ্তার করেছে; কাল আদালতে পেশ করা হবে।',
      '{suspect} {place}-এ {vehicleKind} {vehicle} সহ ধরা পড়েছে; এফআইআর লেখা হচ্ছে।',
    ],
    information: [
      'খবর: চুরি যাওয়া {vehicleKind} {vehicle} NH-19 ধরে যেতে পারে।',
      'খবর: {suspect} {place}-এ আত্মীয়ের বাড়িতে আছে বলে জানা গেছে।',
    ],
    meeting: ['চিরকুন্ডা চেক পোস্টে ১১:০০টায় যৌথ সীমান্ত বৈঠক; সক্রিয় অপরাধীদের তালিকা বিনিময়।'],
    handover: ['শিফট হস্তান্তর: বাকি অনুরোধ ও চালু লুকআউটের তালিকা।'],
    task: ['যৌথ বৈঠকের কাজ: {suspect}-এর কল রেকর্ড শুক্রবারের মধ্যে পাঠান।'],
  },
};

/** What a log text names. */
export interface LogTextContext {
  suspect: string;
  place: string;
  station: string;
  vehicle: string;
}

/**
 * A log entry's text for a category, in the office's language or (about a third of the time)
 * in English, as operators switch; each with a vehicle of its own kind.
 */
export function demoLogText(
  random: Random,
  category: LogCategory,
  officeScript: 'hi' | 'bn',
  context: LogTextContext,
): string {
  const language: Language = random.chance(0.35) ? 'en' : officeScript;
  const vehicleKind = random.pick(vehicleKinds)[language];
  return random
    .pick(templates[language][category])
    .replace('{suspect}', context.suspect)
    .replace('{place}', policeStationName(context.place, language))
    .replace('{station}', policeStationName(context.station, language))
    .replace('{vehicle}', context.vehicle)
    .replace('{vehicleKind}', vehicleKind);
}
