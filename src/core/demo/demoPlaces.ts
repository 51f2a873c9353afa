import type { CrimeHead } from '../../shared/domain/crimeHeads';
import type { Random } from './random';

/** Localities named after their police station, so a place is always in its own PS area. */
const localities = [
  (ps: string) => `${ps} bazar`,
  (ps: string) => `${ps} station road`,
  (ps: string) => `${ps} more`,
  (ps: string) => `${ps} haat`,
  (ps: string) => `near ${ps} colliery`,
  (ps: string) => `${ps} basti`,
];

/** A locality in a police station's own area, as `<locality>, <PS> PS`. */
export function demoPlace(random: Random, policeStation: string): string {
  return `${random.pick(localities)(policeStation)}, ${policeStation} PS`;
}

/** MO and gangs that fit each crime head (issue 11: consistent draws). */
const byHead: Partial<Record<CrimeHead, { mo: string[]; gangs: string[] }>> = {
  cyber_fraud: {
    mo: [
      'Cyber fraud via fake KYC calls',
      'Fake electricity bill SMS with a link',
      'OTP taken posing as a bank officer',
    ],
    gangs: ['Jamtara cyber gang', 'Karmatanr phishing module'],
  },
  atm_card_swap: {
    mo: ['ATM card swapped while helping an elderly customer'],
    gangs: ['Jamtara cyber gang'],
  },
  coal_theft: {
    mo: [
      'Coal lifted from an abandoned mine at night on bicycles',
      'Coal loaded on trucks with forged challans',
    ],
    gangs: ['Chirkunda coal syndicate', 'Jharia coal mafia'],
  },
  illegal_mining: {
    mo: ['Illegal mouth of a closed colliery reopened'],
    gangs: ['Chirkunda coal syndicate'],
  },
  sand_mining: { mo: ['Sand lifted from the riverbed at night'], gangs: ['Raniganj sand mafia'] },
  extortion: {
    mo: [
      'Levy demanded from transporters by phone',
      'Shots fired at a contractor’s office to demand levy',
    ],
    gangs: ['Jharia extortion group', 'Prince Khan gang'],
  },
  firing: {
    mo: ['Bike-borne men fired and fled', 'Firing over a coal-depot dispute'],
    gangs: ['Jharia extortion group', 'Prince Khan gang'],
  },
  cattle_smuggling: {
    mo: [
      'Cattle packed in trucks at night towards the border',
      'Cattle walked across fields to the border',
    ],
    gangs: ['Purulia cattle syndicate'],
  },
  arms: {
    mo: ['Country-made pistols carried for sale', 'Illegal gun factory in a house'],
    gangs: ['Bokaro arms suppliers', 'Purulia cattle syndicate'],
  },
  robbery: {
    mo: [
      'Highway truck hijack on NH-19',
      'Petrol pump robbery',
      'Customer service point robbery attempt',
    ],
    gangs: ['Nirsa highway gang', 'Kulti bike-borne gang'],
  },
  dacoity: { mo: ['ATM cash-van loot with firearms'], gangs: ['Nirsa highway gang'] },
  burglary: {
    mo: ['Jewellery shop burglary at night, shutter cut'],
    gangs: ['Kulti bike-borne gang'],
  },
  vehicle_theft: {
    mo: ['Motorcycles stolen from market parking with a master key'],
    gangs: ['Kulti bike-borne gang'],
  },
  theft: { mo: ['Bike-borne chain snatching'], gangs: ['Kulti bike-borne gang'] },
  liquor_smuggling: { mo: ['Liquor carried in a car with a false floor'], gangs: [] },
};

/** An MO and a gang (or none) that fit the crime head. */
export function demoModus(random: Random, head: CrimeHead): { mo: string; gang: string } {
  const fit = byHead[head];
  if (!fit) return { mo: '', gang: '' };
  return {
    mo: random.pick(fit.mo),
    gang: fit.gangs.length > 0 && random.chance(0.6) ? random.pick(fit.gangs) : '',
  };
}
