import people from '../../../resources/data/demo-people.json';
import type { KnownOffice } from './borderDistricts';
import type { Scripted } from './demoNames';
import type { Random } from './random';

/** The communities demo people are drawn from (resources/data/demo-people.json). */
export type Community = keyof typeof people.communities;

/** One community's names: given names by sex, surnames, and the nicknames used as aliases. */
export interface CommunityNames {
  male: Scripted[];
  female: Scripted[];
  surnames: Scripted[];
  nicknames: Scripted[];
}

/** Every community's names, as shipped. */
export const communities: Record<Community, CommunityNames> = people.communities;

/** A demo person: every name part from one community, in all three scripts. */
export interface DemoPerson {
  community: Community;
  sex: 'male' | 'female';
  given: Scripted;
  surname: Scripted;
  /** The father's given name; he carries the same surname. */
  fatherGiven: Scripted;
  /** A nickname, the alias people know them by, or undefined. */
  nickname: Scripted | undefined;
}

/** The script an office writes names in: Bengali in West Bengal, Devanagari in Jharkhand. */
export function scriptOf(office: Pick<KnownOffice, 'state'>): 'hi' | 'bn' {
  return office.state === 'West Bengal' ? 'bn' : 'hi';
}

/**
 * A person of a community drawn with the office's state weights (Bengali Hindu and Muslim
 * names more often in West Bengal, Bihari/Jharkhandi Hindu and Muslim in Jharkhand, Santhal
 * on both sides). Given name, surname, father's name and nickname never mix communities.
 */
export function demoPerson(
  random: Random,
  office: Pick<KnownOffice, 'state'>,
  options: { femaleShare?: number; nicknameShare?: number } = {},
): DemoPerson {
  const weights: Record<string, number> =
    office.state === 'West Bengal' ? people.weights['West Bengal'] : people.weights.Jharkhand;
  const community = random.weighted(
    (Object.keys(communities) as Community[]).map((key) => [key, weights[key] ?? 0] as const),
  );
  const names = communities[community];
  const sex = random.chance(options.femaleShare ?? 0.08) ? 'female' : 'male';
  return {
    community,
    sex,
    given: random.pick(sex === 'female' ? names.female : names.male),
    surname: random.pick(names.surnames),
    fatherGiven: random.pick(names.male),
    nickname: random.chance(options.nicknameShare ?? 0.6)
      ? random.pick(names.nicknames)
      : undefined,
  };
}

/** The person's name in one script. */
export function personName(person: DemoPerson, script: keyof Scripted): string {
  return `${person.given[script]} ${person.surname[script]}`;
}

/** The father's name in one script. */
export function fatherName(person: DemoPerson, script: keyof Scripted): string {
  return `${person.fatherGiven[script]} ${person.surname[script]}`;
}
