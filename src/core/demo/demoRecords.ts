import type { CaseLane, LogCategory, SuspectStatus } from '../../shared/domain/enums';
import type { CaseFields, LogEntryFields, SuspectFields } from '../../shared/domain/records';
import { logExtraDefaults } from '../../shared/domain/recordExtras';
import { demoCrimeHead, demoFir, demoSuspectExtras } from './demoFir';
import type { KnownOffice } from './borderDistricts';
import { borderDistricts } from './borderDistricts';
import { aliases, builds, familyNames, gangs, givenNames, marks, villages } from './demoNames';
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
  const given = random.pick(givenNames);
  const family = random.pick(familyNames);
  const village = random.pick(villages);
  const fir = demoFir(random, office, crimeHead, occurredAt, lane, {
    name: `${given.en} ${family.en}`,
    father: `${random.pick(givenNames).en} ${family.en}`,
    village,
    policeStation,
  });
  return {
    policeStation,
    firNumber: String(firNumber),
    firYear,
    crimeHead,
    occurredAt,
    place: `${village}, ${policeStation} PS`,
    mo: random.pick(borderDistricts.modusOperandiExamples),
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
  aliases: string[];
  phones: string[];
  vehicles: string[];
}

function registration(random: Random): string {
  const prefix = random.pick(borderDistricts.vehicleRegistrationPrefixes);
  const letters = String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25));
  return `${prefix}-${letters}-${String(random.int(1, 9999)).padStart(4, '0')}`;
}

/** A person dossier; the name is written in the office's own script, with the others kept. */
export function demoSuspect(random: Random, office: KnownOffice): DemoSuspect {
  const given = random.pick(givenNames);
  const family = random.pick(familyNames);
  const father = random.pick(givenNames);
  const script = office.state === 'West Bengal' ? 'bn' : 'hi';
  const other = script === 'bn' ? 'hi' : 'bn';
  const status: SuspectStatus = random.weighted([
    ['wanted', 4],
    ['absconding', 2],
    ['police_custody', 2],
    ['judicial_custody', 1.5],
    ['on_bail', 1.5],
    ['dead', 0.2],
  ] as const);
  const sex = ['Sunita', 'Rekha', 'Mamata'].includes(given.en) ? 'female' : 'male';
  const homeStation = random.pick(office.policeStations);
  return {
    fields: {
      name: `${given[script]} ${family[script]}`,
      fatherName: `${father.en} ${family.en}`,
      age: random.int(19, 62),
      dateOfBirth: null,
      sex,
      address: `${random.pick(villages)}, ${homeStation} PS, ${office.district}`,
      marks: random.pick(marks),
      heightCm: random.int(150, 185),
      build: random.pick(builds),
      mo: random.pick(borderDistricts.modusOperandiExamples),
      gang: random.pick(gangs),
      status,
      reward: status === 'wanted' && random.chance(0.3) ? random.int(1, 20) * 5000 : 0,
      primaryPhoto: null,
      sharing: random.chance(0.95) ? 'network' : 'local',
      ...demoSuspectExtras(random, office, status, homeStation),
    },
    otherNames: [`${given.en} ${family.en}`, `${given[other]} ${family[other]}`],
    aliases: random.chance(0.6) ? [random.pick(aliases)] : [],
    phones: random.chance(0.5)
      ? [`+91 ${random.int(6, 9)}${String(random.int(0, 999_999_999)).padStart(9, '0')}`]
      : [],
    vehicles: random.chance(0.25) ? [registration(random)] : [],
  };
}

const logTexts: Record<LogCategory, string[]> = {
  incident: [
    'Robbery reported near {place}; two persons on a black motorcycle fled towards the border.',
  ],
  lookout: [
    'Lookout: {suspect} seen near {place}; may cross over tonight. Please alert check posts.',
  ],
  request: [
    'Request: please verify the address of {suspect} and share the call record if available.',
  ],
  reply: [
    'Verified: person not found at the given address; family says he left for Asansol last week.',
  ],
  arrest: ['{suspect} arrested by {station} PS team; produced before court tomorrow.'],
  information: ['Information: stolen vehicle {vehicle} may be moving on NH-19.'],
  meeting: [
    'Joint border meeting at Chirkunda check post at 11:00; lists of active offenders to be exchanged.',
  ],
  handover: ['Shift handover: 3 pending requests, 1 lookout active, no urgent matters.'],
  task: ['Task from the joint meeting: share the call records of {suspect} by Friday.'],
};

/** One entry of the coordination log at a given time. */
export function demoLogEntry(
  random: Random,
  at: number,
  context: {
    suspectName: string;
    place: string;
    station: string;
    vehicle: string;
    caseIds: string[];
    suspectIds: string[];
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
  const text = random
    .pick(logTexts[category])
    .replace('{suspect}', context.suspectName)
    .replace('{place}', context.place)
    .replace('{station}', context.station)
    .replace('{vehicle}', context.vehicle);
  return {
    at,
    category,
    text,
    urgent: category === 'lookout' && random.chance(0.3),
    replyTo,
    caseIds: context.caseIds,
    suspectIds: context.suspectIds,
    vehicles: category === 'information' ? [context.vehicle] : [],
    photos: [],
    ...logExtraDefaults,
    addressedTo: [],
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
