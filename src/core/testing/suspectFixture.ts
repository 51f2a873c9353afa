import type { ChangeIntent } from '../../shared/domain/change';
import { suspectExtraDefaults, suspectExtraSetDefaults } from '../../shared/domain/recordExtras';
import { suspectSetNames } from '../../shared/api/screensContract';

/** A suspect as `suspects.create` takes it: every field, empty but for what a test gives. */
export const suspectInput = {
  fatherName: '',
  age: null,
  ...suspectExtraDefaults,
  ...suspectExtraSetDefaults,
  dateOfBirth: null,
  sex: 'male' as const,
  address: '',
  marks: '',
  heightCm: null,
  build: '',
  mo: '',
  gang: '',
  status: 'wanted' as const,
  reward: 0,
  primaryPhoto: null,
  sharing: 'network' as const,
  aliases: [] as string[],
  otherNames: [] as string[],
  phones: [] as string[],
  vehicles: [] as string[],
  photos: [] as string[],
};

/** The create change another office's node writes for a suspect (sets left empty). */
export function suspectCreate(
  recordId: string,
  fields: { name: string; fatherName?: string; age?: number | null },
): ChangeIntent {
  const all: Record<string, unknown> = { ...suspectInput, ...fields };
  for (const name of suspectSetNames) delete all[name];
  return { entity: 'suspect', recordId, op: 'create', body: { fields: all } };
}
