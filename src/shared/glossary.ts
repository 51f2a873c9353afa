/**
 * The words control rooms use (GLOSSARY.md), as a table the tests can check: for each concept,
 * its one term per language, the message keys that name it, and the words to avoid. The
 * i18n glossary test scans every message catalogue against this table.
 */

/** The languages of the glossary, as the UI names them. */
export type GlossaryLanguage = 'en' | 'hi' | 'bn';

/** One concept of the glossary. */
export interface GlossaryConcept {
  /** A short English name of the concept, for test messages. */
  concept: string;
  /** The one term per language, as GLOSSARY.md writes it. */
  term: Record<GlossaryLanguage, string>;
  /**
   * What every message in `keys` contains, where an inflected form differs from `term`
   * (Hindi मामले for मामला, English "entries" for "entry"). Defaults to `term`; English is
   * compared without regard to case.
   */
  stem?: Partial<Record<GlossaryLanguage, string>>;
  /** Concepts whose terms must never appear in this concept's `keys` (they were mixed up). */
  distinctFrom?: readonly string[];
  /** Message keys (or key prefixes ending in `.`) whose text names this concept. */
  keys: readonly string[];
  /**
   * Words that must not stand for this concept. A string is a plain substring; a RegExp
   * catches a word only in the sense to avoid.
   */
  avoid?: Partial<Record<GlossaryLanguage, readonly (string | RegExp)[]>>;
  /** Where `avoid` applies: in every message, or only in this concept's `keys`. */
  avoidIn?: 'everywhere' | 'keys';
}

/** The glossary of Samanvay: one term per concept per language. */
export const glossary: readonly GlossaryConcept[] = [
  {
    concept: 'case',
    term: { en: 'case', hi: 'मामला', bn: 'মামলা' },
    stem: { hi: 'माम' },
    keys: ['board.newCase', 'nav.board'],
    avoid: { hi: ['केस'] },
  },
  {
    concept: 'police station',
    term: { en: 'police station', hi: 'थाना', bn: 'থানা' },
    keys: ['case.policeStation'],
    avoid: { hi: ['पुलिस स्टेशन'], bn: ['পুলিশ স্টেশন'] },
  },
  {
    concept: 'crime head',
    term: { en: 'crime head', hi: 'अपराध शीर्ष', bn: 'অপরাধের শ্রেণি' },
    distinctFrom: ['modus operandi'],
    keys: ['case.crimeHead', 'board.filter.crimeHead'],
    avoid: { bn: ['অপরাধের ধরন', 'অপরাধের শিরোনাম'] },
  },
  {
    concept: 'modus operandi',
    term: { en: 'modus operandi', hi: 'कार्यप्रणाली (MO)', bn: 'অপরাধের কৌশল (MO)' },
    stem: { hi: 'कार्यप्रणाली', bn: 'অপরাধের কৌশল' },
    distinctFrom: ['crime head'],
    keys: ['board.filter.mo', 'board.field.mo', 'gallery.filter.mo', 'gallery.form.mo'],
    avoid: { hi: ['अपराध का तरीका'], bn: ['অপরাধের ধরন'] },
  },
  {
    concept: 'alias',
    term: { en: 'alias', hi: 'उर्फ़', bn: 'ওরফে' },
    keys: ['gallery.form.aliases', 'gallery.reason.alias', 'gallery.filter.text'],
    avoid: { hi: ['उपनाम'], bn: ['ছদ্মনাম'] },
  },
  {
    concept: 'gang',
    term: { en: 'gang', hi: 'गिरोह', bn: 'গ্যাং' },
    keys: ['gallery.filter.gang', 'gallery.form.gang', 'gallery.dossier.associates'],
    avoid: { bn: [/(^|[\s,])দল($|[\s,ও])/] },
  },
  {
    concept: 'associate',
    term: { en: 'associate', hi: 'सहयोगी', bn: 'সহযোগী' },
    keys: [
      'gallery.role.associate',
      'gallery.dossier.noAssociates',
      'gallery.similar.linkAssociate',
    ],
    avoid: { hi: ['साथी'], bn: ['সঙ্গী'] },
  },
  {
    concept: 'particulars',
    term: { en: 'particulars', hi: 'हुलिया', bn: 'হুলিয়া' },
    keys: ['gallery.dossier.particulars'],
    avoid: { hi: ['विवरण'] },
    avoidIn: 'keys',
  },
  {
    concept: 'height',
    term: { en: 'height', hi: 'कद', bn: 'উচ্চতা' },
    keys: ['gallery.form.heightCm', 'gallery.form.badHeight'],
    avoid: { hi: ['ऊँचाई', 'ऊंचाई'] },
  },
  {
    concept: 'absconding',
    term: { en: 'absconding', hi: 'फ़रार', bn: 'পলাতক' },
    keys: ['gallery.status.absconding'],
  },
  {
    concept: 'wanted',
    term: { en: 'wanted', hi: 'वांछित', bn: 'ওয়ান্টেড' },
    keys: ['gallery.status.wanted'],
  },
  {
    concept: 'lookout notice',
    term: { en: 'lookout notice', hi: 'लुकआउट सूचना', bn: 'লুকআউট নোটিস' },
    keys: ['nav.lookouts', 'lookouts.title', 'lookouts.raise', 'lookouts.empty'],
  },
  {
    concept: 'coordination log',
    term: { en: 'coordination log', hi: 'समन्वय पंजी', bn: 'সমন্বয় খাতা' },
    stem: { en: 'log' },
    keys: ['log.title', 'nav.log'],
    avoid: { hi: ['रोज़नामचा', 'रोजनामचा'] },
  },
  {
    concept: 'daily bulletin',
    term: { en: 'daily crime bulletin', hi: 'दैनिक अपराध बुलेटिन', bn: 'দৈনিক অপরাধ বুলেটিন' },
    stem: { en: 'bulletin' },
    keys: ['nav.bulletin'],
    avoid: { hi: ['विवरणिका'], bn: ['বিবরণী'] },
  },
  {
    concept: 'entry',
    term: { en: 'entry', hi: 'प्रविष्टि', bn: 'এন্ট্রি' },
    stem: { en: 'entr', hi: 'प्रविष्ट' },
    keys: [
      'log.count',
      'log.loading',
      'log.showEarlier',
      'log.replyToEarlier',
      'log.photo',
      'log.compose.label',
      'log.compose.tooManyPhotos',
    ],
    avoid: { bn: ['লেখা'] },
    avoidIn: 'keys',
  },
  {
    concept: 'register a case',
    term: { en: 'register', hi: 'दर्ज करें', bn: 'নথিভুক্ত করুন' },
    stem: { en: 'case' },
    keys: ['board.form.create'],
    avoid: { bn: ['মামলা লিখুন'] },
  },
  {
    concept: 'sync',
    term: { en: 'sync', hi: 'सिंक', bn: 'সিঙ্ক' },
    keys: ['nav.sync', 'sync.title', 'sync.now'],
    avoid: { hi: ['समन्वयन', 'आदान-प्रदान'], bn: ['আদান-প্রদান', /সমন্বয় কর/] },
  },
  {
    concept: 'peer',
    term: { en: 'other computer', hi: 'दूसरा कंप्यूटर', bn: 'অন্য কম্পিউটার' },
    stem: { en: 'peer', hi: 'कंप्यूटर', bn: 'কম্পিউটার' },
    keys: ['sync.listening'],
    avoid: { hi: ['साथी'], bn: ['সঙ্গী'] },
  },
  {
    concept: 'settings',
    term: { en: 'settings', hi: 'सेटिंग्स', bn: 'সেটিংস' },
    keys: ['nav.settings', 'settings.title'],
    avoid: { hi: ['विन्यास'], bn: ['বিন্যাস'] },
  },
  {
    concept: 'suspect gallery',
    term: { en: 'suspect gallery', hi: 'संदिग्धों की गैलरी', bn: 'সন্দেহভাজনদের গ্যালারি' },
    stem: { en: 'gallery', hi: 'गैलरी', bn: 'গ্যালারি' },
    keys: ['nav.gallery', 'gallery.dossier.back'],
    avoid: { hi: ['चित्रावली'], bn: ['চিত্রশালা'] },
  },
  {
    concept: 'main menu',
    term: { en: 'menu', hi: 'मुख्य मेनू', bn: 'প্রধান মেনু' },
    stem: { en: 'navigation' },
    keys: ['frame.navigation'],
    avoid: { hi: ['मुख्य सूची'], bn: ['প্রধান তালিকা'] },
  },
  {
    concept: 'on duty',
    term: { en: 'on duty', hi: 'ड्यूटी पर', bn: 'ডিউটিতে' },
    keys: ['frame.onDuty'],
    avoid: { hi: ['कर्तव्य पर'], bn: ['কর্তব্যরত'] },
  },
  {
    concept: 'loading',
    term: { en: 'loading', hi: 'लोड हो रहा है', bn: 'লোড হচ্ছে' },
    stem: { hi: 'लोड हो र' },
    keys: ['app.loading', 'board.loading', 'board.detail.loading'],
    avoid: { bn: ['খোলা হচ্ছে'] },
  },
  {
    concept: 'owning office',
    term: { en: 'owning office', hi: 'मूल कार्यालय', bn: 'মূল দপ্তর' },
    stem: { en: 'office' },
    keys: ['board.field.owner'],
    avoid: { bn: ['মালিক'] },
  },
  {
    concept: 'office',
    term: { en: 'office', hi: 'कार्यालय', bn: 'দপ্তর' },
    keys: ['firstRun.officeSection', 'settings.officeSection'],
    avoid: { bn: ['কার্যালয়'] },
  },
  {
    concept: 'refused',
    term: { en: 'refused', hi: 'अस्वीकृत', bn: 'প্রত্যাখ্যাত' },
    keys: ['board.history.status.refused', 'gallery.dossier.refused', 'sync.kind.refused'],
    avoid: { hi: [/अस्वीकार(?! (किया|कर))/] },
  },
  {
    concept: 'deleted',
    term: { en: 'deleted', hi: 'मिटाया गया', bn: 'মুছে ফেলা হয়েছে' },
    stem: { hi: 'मिटाया', bn: 'মুছে' },
    distinctFrom: ['removed'],
    keys: ['board.history.op.delete', 'gallery.dossier.op.delete', 'error.DELETED'],
  },
  {
    concept: 'removed',
    term: { en: 'removed', hi: 'हटाया गया', bn: 'সরানো হয়েছে' },
    stem: { hi: 'हटाया', bn: 'সরানো' },
    distinctFrom: ['deleted'],
    keys: ['board.history.op.remove', 'gallery.dossier.op.remove'],
  },
];
