import type { CrimeHead } from '../../shared/domain/crimeHeads';
import { deriveCaseFields } from '../../shared/domain/caseRules';
import type { CaseExtras, PropertyItem, SuspectExtras } from '../../shared/domain/recordExtras';
import type { CaseLane } from '../../shared/domain/enums';
import type { KnownOffice } from './borderDistricts';
import type { Random } from './random';

/** Crime heads as each district sees them (issue 11): cyber fraud in Jamtara, coal in Dhanbad and Asansol, cattle and arms in Purulia and Bokaro. */
const weightsByOffice: Record<string, Array<readonly [CrimeHead, number]>> = {
  'jh-jamtara': [
    ['cyber_fraud', 12],
    ['atm_card_swap', 3],
    ['theft', 1],
    ['vehicle_theft', 1],
  ],
  'jh-dhanbad': [
    ['coal_theft', 8],
    ['extortion', 4],
    ['firing', 3],
    ['illegal_mining', 2],
    ['theft', 1],
    ['robbery', 1],
  ],
  'wb-adpc': [
    ['coal_theft', 7],
    ['extortion', 4],
    ['firing', 3],
    ['sand_mining', 2],
    ['robbery', 1],
    ['vehicle_theft', 1],
  ],
  'wb-purulia': [
    ['cattle_smuggling', 8],
    ['arms', 4],
    ['liquor_smuggling', 2],
    ['theft', 1],
    ['missing_person', 1],
  ],
  'jh-bokaro': [
    ['cattle_smuggling', 6],
    ['arms', 5],
    ['coal_theft', 2],
    ['robbery', 1],
    ['burglary', 1],
  ],
};
const fallback: Array<readonly [CrimeHead, number]> = [
  ['theft', 2],
  ['robbery', 1],
  ['burglary', 1],
  ['other', 1],
];

/** A crime head drawn with the office's weights. */
export function demoCrimeHead(random: Random, officeId: string): CrimeHead {
  return random.weighted(weightsByOffice[officeId] ?? fallback);
}

/** Sections as the FIR writes them, per crime head, IPC before 1 July 2024 and BNS after. */
function sectionsWritten(random: Random, head: CrimeHead, bns: boolean, hindi: boolean): string {
  const byHead: Partial<Record<CrimeHead, [string, string]>> = {
    coal_theft: ['u/s 303(2)/317(2)/3(5) BNS', 'u/s 379/411/34 IPC'],
    cyber_fraud: [
      'u/s 318(4)/319(2)/3(5) BNS, 66C/66D IT Act',
      'u/s 419/420/34 IPC, 66C/66D IT Act',
    ],
    atm_card_swap: ['u/s 318(4)/3(5) BNS, 66C IT Act', 'u/s 420/34 IPC, 66C IT Act'],
    cattle_smuggling: [
      'u/s 4/5 WB Animal Slaughter Control Act 1950',
      'u/s 4/5 WB Animal Slaughter Control Act 1950',
    ],
    arms: ['25(1-b)a/26/35 Arms Act', '25(1-b)a/26/35 Arms Act'],
    firing: ['u/s 109/3(5) BNS, 27 Arms Act', 'u/s 307/34 IPC, 27 Arms Act'],
    extortion: ['u/s 308(2)/351(2) BNS', 'u/s 384/506 IPC'],
    robbery: ['u/s 309(4)/3(5) BNS', 'u/s 392/34 IPC'],
    dacoity: ['u/s 310(2) BNS', 'u/s 395 IPC'],
    murder: ['u/s 103(1)/3(5) BNS', 'u/s 302/34 IPC'],
    burglary: ['u/s 331(4)/305 BNS', 'u/s 457/380 IPC'],
    vehicle_theft: ['u/s 303(2) BNS', 'u/s 379 IPC'],
    theft: ['u/s 303(2) BNS', 'u/s 379 IPC'],
  };
  const pair = byHead[head];
  if (!pair)
    return head === 'missing_person' || head === 'unidentified_body'
      ? ''
      : bns
        ? 'u/s 303(2) BNS'
        : 'u/s 379 IPC';
  const written = bns ? pair[0] : pair[1];
  return hindi &&
    bns &&
    written.startsWith('u/s ') &&
    written.endsWith(' BNS') &&
    random.chance(0.5)
    ? `धारा ${written.slice(4, -4)} बीएनएस`
    : written;
}

const ioNames = [
  'Ramesh Oraon',
  'Anil Kumar Singh',
  'Tapan Mondal',
  'Sk. Rafiqul Islam',
  'Birsa Hembrom',
  'Subrata Ghosh',
  'Manoj Mahato',
  'Priyanka Kumari',
];
const ioRanksJh = ['SI', 'ASI', 'Inspector'];
const ioRanksWb = ['SI', 'ASI', 'Inspector'];
const phone = (random: Random) =>
  `+91 ${random.int(6, 9)}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
const imei = (random: Random) =>
  `35${String(random.int(0, 999_999_999)).padStart(9, '0')}${String(random.int(0, 9999)).padStart(4, '0')}`;

function items(random: Random, head: CrimeHead, prefix: string): PropertyItem[] {
  const base = {
    description: '',
    imei: '',
    registration: '',
    engineNumber: '',
    chassisNumber: '',
    weightGrams: null,
  };
  switch (head) {
    case 'cyber_fraud':
    case 'atm_card_swap':
      return [
        {
          ...base,
          kind: 'cash',
          description: 'Money taken from the bank account',
          value: random.int(10, 400) * 1000,
        },
      ];
    case 'coal_theft':
      return [
        {
          ...base,
          kind: 'coal',
          description: `${random.int(5, 40)} tonnes of coal`,
          value: random.int(50, 800) * 1000,
        },
      ];
    case 'cattle_smuggling':
      return [
        {
          ...base,
          kind: 'cattle',
          description: `${random.int(4, 30)} head of cattle`,
          value: random.int(100, 900) * 1000,
        },
      ];
    case 'vehicle_theft':
      return [
        {
          ...base,
          kind: 'vehicle',
          description: 'Motorcycle',
          value: random.int(40, 120) * 1000,
          registration: `${prefix}${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}${String(random.int(1, 9999)).padStart(4, '0')}`,
          engineNumber: `HA10E${random.int(10000, 99999)}`,
          chassisNumber: `MBLHA10${random.int(100000, 999999)}`,
        },
      ];
    case 'robbery':
    case 'dacoity':
    case 'burglary':
    case 'theft':
      return [
        {
          ...base,
          kind: 'gold',
          description: 'Gold chain',
          value: random.int(50, 300) * 1000,
          weightGrams: random.int(5, 40),
        },
        {
          ...base,
          kind: 'mobile_phone',
          description: 'Mobile phone',
          value: random.int(8, 30) * 1000,
          imei: imei(random),
        },
      ];
    case 'arms':
      return [];
    default:
      return random.chance(0.3)
        ? [{ ...base, kind: 'cash', description: 'Cash', value: random.int(5, 100) * 1000 }]
        : [];
  }
}

/** The FIR fields of a demo case: window, report time, GD no., people, IO, property, sections and stage details. */
export function demoFir(
  random: Random,
  office: KnownOffice,
  head: CrimeHead,
  occurredAt: number,
  lane: CaseLane,
  complainant: { name: string; father: string; village: string; policeStation: string },
): CaseExtras & { sections: string[]; propertyValue: number } {
  const bns = occurredAt >= Date.UTC(2024, 5, 30, 18, 30);
  const written = sectionsWritten(random, head, bns, office.state === 'Jharkhand');
  const stolen = items(random, head, office.state === 'Jharkhand' ? 'JH10' : 'WB38');
  const recovered =
    lane === 'charge_sheeted' || lane === 'closed'
      ? stolen.slice(0, random.int(0, stolen.length))
      : [];
  // Jamtara's cyber-fraud victims live in other states.
  const victimState =
    head === 'cyber_fraud'
      ? random.pick(['Maharashtra', 'Karnataka', 'Delhi', 'Telangana', 'Gujarat'])
      : office.state;
  const person = {
    name: complainant.name,
    relation: 's_o' as const,
    relativeName: complainant.father,
    address:
      head === 'cyber_fraud'
        ? `Flat ${random.int(1, 40)}, Sector ${random.int(1, 30)}`
        : `${complainant.village}, ${complainant.policeStation} PS`,
    state: victimState,
    phone: phone(random),
  };
  const derived = deriveCaseFields({
    sectionsWritten: written,
    sections: [],
    stolenItems: stolen,
    propertyValue: 0,
  });
  return {
    occurredTo: occurredAt + random.int(0, 6) * 3_600_000,
    reportedAt: occurredAt + random.int(1, 36) * 3_600_000,
    gdNumber: `GD ${random.int(100, 999)}/${new Date(occurredAt).getUTCFullYear() % 100}`,
    sectionsWritten: written,
    complainantRole: random.chance(0.15) ? 'informant' : 'complainant',
    complainant: person,
    victims: head === 'cyber_fraud' || head === 'robbery' || head === 'firing' ? [person] : [],
    ioName: random.pick(ioNames),
    ioRank: random.pick(office.state === 'Jharkhand' ? ioRanksJh : ioRanksWb),
    ioMobile: phone(random),
    stolenItems: stolen,
    recoveredItems: recovered,
    finalReportKind:
      lane === 'final_report'
        ? random.pick(['true_untraced', 'mistake_of_fact', 'insufficient_evidence'] as const)
        : '',
    transferredTo:
      lane === 'transferred' ? random.pick(['cid', 'cyber_ps', 'other_state'] as const) : '',
    transferNote: lane === 'transferred' ? 'Transferred by order of the SP' : '',
    supplementaryChargeSheets: lane === 'charge_sheeted' ? random.int(0, 2) : 0,
    sections: derived.fields.sections ?? [],
    propertyValue: derived.fields.propertyValue ?? 0,
  };
}

/** The history-sheet fields of a demo suspect. */
export function demoSuspectExtras(
  random: Random,
  office: KnownOffice,
  status: string,
  policeStation: string,
): SuspectExtras {
  const held = status === 'police_custody' || status === 'judicial_custody' || status === 'on_bail';
  const year = 2019 + random.int(0, 6);
  return {
    relation: 's_o',
    presentAddress: `${random.pick(['Rented room', 'Brother’s house', 'Hotel'])}, ${random.pick(office.policeStations)}`,
    ageOn: `${year}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
    complexion: random.pick(['fair', 'wheatish', 'dark']),
    face: random.pick(['oval', 'round', 'long']),
    hair: random.pick(['black, short', 'black, curly', 'grey']),
    beardMoustache: random.pick(['clean-shaven', 'moustache', 'beard and moustache']),
    languages: office.state === 'Jharkhand' ? 'Hindi, Khortha, Bengali' : 'Bengali, Hindi',
    occupation: random.pick(['driver', 'labourer', 'shopkeeper', 'unemployed', 'mobile repair']),
    historySheetNumber: random.chance(0.4) ? `HS ${random.int(1, 90)}/${year}` : '',
    historySheetPs: policeStation,
    cigNumber: random.chance(0.2) ? `CIG/${random.int(100, 999)}` : '',
    cctnsId: random.chance(0.5)
      ? `${office.state === 'Jharkhand' ? 'JH' : 'WB'}${random.int(10_000_000, 99_999_999)}`
      : '',
    nafisId: random.chance(0.2) ? `NAFIS${random.int(1_000_000, 9_999_999)}` : '',
    statusDate: `${2024 + random.int(0, 1)}-1${random.int(0, 2)}-0${random.int(1, 9)}`,
    statusSource: held ? random.pick(['Court order', 'Arrest memo', 'Jail report']) : 'PS report',
    statusPlace:
      status === 'judicial_custody'
        ? random.pick(['Dhanbad jail', 'Asansol special correctional home', 'Purulia jail'])
        : status === 'on_bail'
          ? 'CJM court'
          : '',
    rewardAuthority: '',
    rewardDate: null,
  };
}
