import type { LookoutKind } from '../../shared/domain/lookouts';

/** The words of a printed lookout notice: English first, then Hindi or Bengali (GLOSSARY.md). */
export const lookoutNoticeWords = {
  en: {
    notice: 'Lookout notice',
    name: 'Name',
    fatherName: "Father's name",
    age: 'Age',
    alias: 'Alias',
    particulars: 'Particulars',
    vehicle: 'Vehicle',
    phone: 'Phone',
    action: 'Action requested',
    valid: 'Valid',
    reward: 'Reward',
    office: 'Issuing office',
    inform: 'Any information: inform the issuing office or the nearest police station.',
    withdrawn: 'WITHDRAWN',
  },
  hi: {
    notice: 'लुकआउट सूचना',
    name: 'नाम',
    fatherName: 'पिता का नाम',
    age: 'उम्र',
    alias: 'उर्फ़',
    particulars: 'हुलिया',
    vehicle: 'वाहन',
    phone: 'फ़ोन',
    action: 'अनुरोधित कार्रवाई',
    valid: 'मान्य',
    reward: 'इनाम',
    office: 'जारी करने वाला कार्यालय',
    inform: 'कोई भी सूचना: जारी करने वाले कार्यालय या निकटतम थाना को दें।',
    withdrawn: 'वापस ली गई',
  },
  bn: {
    notice: 'লুকআউট নোটিস',
    name: 'নাম',
    fatherName: 'পিতার নাম',
    age: 'বয়স',
    alias: 'ওরফে',
    particulars: 'হুলিয়া',
    vehicle: 'গাড়ি',
    phone: 'ফোন',
    action: 'অনুরোধ করা পদক্ষেপ',
    valid: 'বৈধ',
    reward: 'পুরস্কার',
    office: 'জারিকারী দপ্তর',
    inform: 'যে কোনো খবর: জারিকারী দপ্তর বা নিকটতম থানায় জানান।',
    withdrawn: 'প্রত্যাহার করা হয়েছে',
  },
} as const;

/** The heading of each kind of notice. */
export const lookoutKindWords: Record<'en' | 'hi' | 'bn', Record<LookoutKind, string>> = {
  en: {
    wanted: 'WANTED',
    look_out_for: 'LOOK OUT',
    missing_person: 'MISSING PERSON',
    released_from_jail: 'RELEASED FROM JAIL',
  },
  hi: {
    wanted: 'वांछित',
    look_out_for: 'नज़र रखें',
    missing_person: 'गुमशुदा व्यक्ति',
    released_from_jail: 'जेल से रिहा',
  },
  bn: {
    wanted: 'ওয়ান্টেড',
    look_out_for: 'নজর রাখুন',
    missing_person: 'নিখোঁজ ব্যক্তি',
    released_from_jail: 'জেল থেকে মুক্ত',
  },
};
