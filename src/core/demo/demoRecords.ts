import type { CaseLane, LogCategory, SuspectStatus } from '../../shared/domain/enums';
import type { CaseFields, LogEntryFields, SuspectFields } from '../../shared/domain/records';
import { logExtraDefaults } from '../../shared/domain/recordExtras';
import { demoCrimeHead, demoFir, demoSuspectExtras } from './demoFir';
import type { KnownOffice } from './borderDistricts';
import { borderDistricts } from './borderDistricts';
import { builds, marks } from './demoNames';
import { demoModus, demoPlace } from './demoPlaces';
import { demoLogText } from './demoLogText';
import { demoPerson, fatherName, personName, scriptOf } from './demoPeople';
import type { Random } from './random';
import { istYearOf } from '../../shared/istDate';

const day = 86_400_000;

/** A case of one office: older cases have moved further along the lanes. */
export function demoCase(
  random: Random,
  office: KnownOffice,
  now: number,
  firCounter: Map<string, number>,
): CaseFields {
  const crimeHead = demoCrimeHead(random, office.id);
  const ageDays = Math.floor(random.next() ** 2 * 730);
  const occurredAt = now - ageDays * day - random.int(0, day - 1);
  const policeStation = random.pick(office.policeStations);
  const firYear = istYearOf(occurredAt);
  const counterKey = `${office.id}/${policeStation}/${firYear}`;
  const firNumber = (firCounter.get(counterKey) ?? random.int(1, 40)) + 1;
  firCounter.set(counterKey, firNumber);
  const progress = Math.min(5, Math.floor((ageDays / 730) * 6 + random.next() * 2));
  const lanes: CaseLane[] = [
    'registered',
    'under_investigation',
    'under_investigation',
    'charge_sheeted',
    'final_report',
    'closed',
  ];
  const lane = lanes[progress] ?? 'registered';
  const complainant = demoPerson(random, office, { femaleShare: 0.25 });
  const place = demoPlace(random, policeStation);
  const fir = demoFir(random, office, crimeHead, occurredAt, lane, {
    name: personName(complainant, 'en'),
    father: fatherName(complainant, 'en'),
    village: place.split(', ')[0] ?? policeStation,
    policeStation,
  });
  return {
    policeStation,
    firNumber: String(firNumber),
    firYear,
    crimeHead,
    occurredAt,
    place,
    mo: demoModus(random, crimeHead).mo,
    summary: `${crimeHead.replace(/_/g, ' ')} reported at ${policeStation} PS`,
    lane,
    priority: random.weighted([
      ['low', 2],
      ['normal', 6],
      ['high', 2],
      ['urgent', 0.5],
    ] as const),
    sharing: random.chance(0.9) ? 'network' : 'local',
    ...fir,
  };
}

export interface DemoSuspect {
  fields: SuspectFields;
  otherNames: string[];
  fatherOtherNames: string[];
  aliases: string[];
  phones: string[];
  vehicles: string[];
}

/** A registration number of the kind seen on the border. */
export function demoRegistration(random: Random): string {
  const prefix = random.pick(borderDistricts.vehicleRegistrationPrefixes);
  const letters = String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25));
  return `${prefix}-${letters}-${String(random.int(1, 9999)).padStart(4, '0')}`;
}

/**
 * A person dossier: name, father's name and alias of one community, written in the office's
 * own script, with the other scripts kept as other names (and the father's other names).
 */
export function demoSuspect(random: Random, office: KnownOffice): DemoSuspect {
  const person = demoPerson(random, office);
  const script = scriptOf(office);
  const other = script === 'bn' ? 'hi' : 'bn';
  const status: SuspectStatus = random.weighted([
    ['wanted', 4],
    ['absconding', 2],
    ['police_custody', 2],
    ['judicial_custody', 1.5],
    ['on_bail', 1.5],
    ['dead', 0.2],
  ] as const);
  const homeStation = random.pick(office.policeStations);
  return {
    fields: {
      name: personName(person, script),
      fatherName: fatherName(person, script),
      age: random.int(19, 62),
      dateOfBirth: null,
      sex: person.sex,
      address: `${demoPlace(random, homeStation)}, ${office.district}`,
      marks: random.pick(marks),
      heightCm: random.int(150, 185),
      build: random.pick(builds),
      ...demoModus(random, demoCrimeHead(random, office.id)),
      status,
      reward: status === 'wanted' && random.chance(0.3) ? random.int(1, 20) * 5000 : 0,
      primaryPhoto: null,
      sharing: random.chance(0.95) ? 'network' : 'local',
      ...demoSuspectExtras(random, office, status, homeStation),
      relation: person.sex === 'female' ? random.pick(['d_o', 'w_o'] as const) : 's_o',
    },
    otherNames: [personName(person, 'en'), personName(person, other)],
    fatherOtherNames: [fatherName(person, 'en'), fatherName(person, other)],
    aliases: person.nickname ? [person.nickname[script], person.nickname.en] : [],
    phones: random.chance(0.5)
      ? [`+91 ${random.int(6, 9)}${String(random.int(0, 999_999_999)).padStart(9, '0')}`]
      : [],
    vehicles: random.chance(0.25) ? [demoRegistration(random)] : [],
  };
}

/** One entry of the coordination log at a given time. */
export function demoLogEntry(
  random: Random,
  at: number,
  context: {
    /** The writing office's script: its entries are in that language, or in English. */
    script: 'hi' | 'bn';
    suspectName: string;
    place: string;
    station: string;
    vehicle: string;
    caseIds: string[];
    suspectIds: string[];
    /** Offices a request is addressed to (none: every office). */
    addressedTo: string[];
  },
  replyTo: string | null,
): LogEntryFields {
  const category: LogCategory = replyTo
    ? 'reply'
    : random.weighted([
        ['incident', 3],
        ['lookout', 2],
        ['request', 3],
        ['arrest', 1],
        ['information', 3],
        ['meeting', 0.5],
        ['handover', 1],
      ] as const);
  const text = demoLogText(random, category, context.script, {
    suspect: context.suspectName,
    place: context.place,
    station: context.station,
    vehicle: context.vehicle,
  });
  return {
    at,
    category,
    text,
    urgent: category === 'lookout' && random.chance(0.3),
    replyTo,
    caseIds: context.caseIds,
    suspectIds: context.suspectIds,
    vehicles: text.includes(context.vehicle) ? [context.vehicle] : [],
    photos: [],
    ...logExtraDefaults,
    addressedTo: category === 'request' ? context.addressedTo : [],
    memoNumber:
      category === 'request'
        ? `${random.pick(['Memo', 'Radiogram'])} ${random.int(100, 999)}/CR`
        : '',
    dueAt: category === 'request' ? at + random.int(2, 24) * 3_600_000 : null,
    incomingOperator:
      category === 'handover'
        ? random.pick(['HC Birsa Munda', 'ASI Tapan Mondal', 'SI Rekha Kumari'])
        : '',
  };
}
