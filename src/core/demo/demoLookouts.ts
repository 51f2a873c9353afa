import { randomBytes } from 'node:crypto';
import type { ChangeIntent } from '../../shared/domain/change';
import { newRecordId } from '../../shared/domain/ids';
import type { LookoutFields, LookoutKind } from '../../shared/domain/lookouts';
import { normaliseRegistration } from '../../shared/domain/vehicle';
import type { KnownOffice } from './borderDistricts';
import type { demoSuspect } from './demoRecords';
import { scriptOf } from './demoPeople';
import type { Random } from './random';

const day = 86_400_000;

/** A wanted, shared demo suspect that may get a lookout notice from its own office. */
export interface DemoWanted<Writer extends { office: KnownOffice }> {
  id: string;
  writer: Writer;
  suspect: ReturnType<typeof demoSuspect>;
  photo: string | null;
}

/** What a demo office asks of the others, in its own script. */
const actions: Record<'hi' | 'bn', string[]> = {
  hi: [
    'दिखने पर तुरंत हिरासत में लें और धनबाद नियंत्रण कक्ष को सूचित करें।',
    'सीमा चेक पोस्ट पर सतर्क रहें; पहचान होने पर सूचना दें, स्वयं कार्रवाई न करें।',
    'रेलवे स्टेशन और बस स्टैंड पर नज़र रखें; मिलने पर संबंधित थाने को सूचित करें।',
  ],
  bn: [
    'দেখা মাত্র আটক করে আসানসোল-দুর্গাপুর কন্ট্রোল রুমে জানান।',
    'সীমান্ত চেক পোস্টে সতর্ক থাকুন; শনাক্ত হলে খবর দিন, নিজে ব্যবস্থা নেবেন না।',
    'রেল স্টেশন ও বাস স্ট্যান্ডে নজর রাখুন; পাওয়া গেলে সংশ্লিষ্ট থানায় জানান।',
  ],
};

/**
 * A dozen lookout notices, as offices raise them on their wanted persons: most active, two
 * about to expire and one withdrawn, so the Lookouts screen, the log and the bulletin show
 * every state from the first start. Each is written by its issuing office's change log.
 */
export function demoLookouts<Writer extends { office: KnownOffice }>(
  random: Random,
  wanted: DemoWanted<Writer>[],
  now: number,
): Array<{ writer: Writer; change: ChangeIntent }> {
  const chosen = [...wanted].sort((a, b) => Number(b.photo !== null) - Number(a.photo !== null));
  return chosen.slice(0, 12).map((person, index) => {
    const { fields, aliases, phones, vehicles } = person.suspect;
    const kind: LookoutKind = random.weighted([
      ['wanted', 6],
      ['look_out_for', 3],
      ['released_from_jail', 1],
    ] as const);
    const validFrom = now - random.int(1, 20) * day;
    const validUntil = index < 2 ? now + random.int(1, 2) * day : now + random.int(20, 80) * day;
    const lookout: LookoutFields = {
      target: 'suspect',
      kind,
      suspectId: person.id,
      name: fields.name,
      fatherName: fields.fatherName,
      age: fields.age,
      aliases: aliases.slice(0, 20),
      particulars: [fields.marks, fields.mo].filter(Boolean).join('; ').slice(0, 4000),
      vehicle: vehicles[0] ? (normaliseRegistration(vehicles[0]) ?? '') : '',
      phone: phones[0] ?? '',
      photo: person.photo,
      action: random.pick(actions[scriptOf(person.writer.office)]),
      validFrom,
      validUntil,
      reward: fields.reward,
      withdrawn: index === 2,
      withdrawnReason: index === 2 ? 'Arrested' : '',
    };
    return {
      writer: person.writer,
      change: {
        entity: 'lookout',
        recordId: newRecordId(person.writer.office.id, (size) => randomBytes(size)),
        op: 'create',
        body: { fields: lookout },
      },
    };
  });
}
