import type { ParsedInputOf } from '../../shared/api/contract';
import {
  caseExtraDefaults,
  suspectExtraDefaults,
  suspectExtraSetDefaults,
} from '../../shared/domain/recordExtras';
import { lookoutInput } from '../../shared/api/lookoutContract';

const day = 86_400_000;

/** A suspect as `suspects.create` takes it, with every optional part empty. */
export function suspectInputFor(
  overrides: Partial<ParsedInputOf<'suspects.create'>> = {},
): ParsedInputOf<'suspects.create'> {
  return {
    name: 'Ramesh Mahato',
    fatherName: '',
    age: null,
    dateOfBirth: null,
    sex: 'male',
    address: '',
    marks: '',
    heightCm: null,
    build: '',
    mo: '',
    gang: '',
    status: 'wanted',
    reward: 0,
    primaryPhoto: null,
    sharing: 'network',
    ...suspectExtraDefaults,
    ...suspectExtraSetDefaults,
    aliases: [],
    otherNames: [],
    phones: [],
    vehicles: [],
    photos: [],
    ...overrides,
  };
}

/** A case as `cases.create` takes it. */
export function caseInputFor(
  overrides: Partial<ParsedInputOf<'cases.create'>> = {},
): ParsedInputOf<'cases.create'> {
  return {
    policeStation: 'Nirsa',
    firNumber: '777',
    firYear: 2026,
    sections: ['BNS 303(2)'],
    crimeHead: 'theft',
    occurredAt: Date.UTC(2026, 10, 20),
    place: 'Nirsa bazar',
    propertyValue: 0,
    mo: '',
    summary: '',
    lane: 'registered',
    priority: 'normal',
    sharing: 'network',
    ...caseExtraDefaults,
    ...overrides,
  };
}

/** A lookout as `lookouts.raise` takes it: valid from a day before `now` for thirty days. */
export function lookoutInputFor(
  now: number,
  overrides: Partial<ParsedInputOf<'lookouts.raise'>> = {},
): ParsedInputOf<'lookouts.raise'> {
  return lookoutInput.parse({
    target: 'suspect',
    kind: 'wanted',
    name: 'Md. Rabiul Sheikh',
    fatherName: 'Abdul Sheikh',
    age: 32,
    action: 'Arrest and inform Dhanbad control room',
    validFrom: now - day,
    validUntil: now + 30 * day,
    reward: 50_000,
    ...overrides,
  });
}
