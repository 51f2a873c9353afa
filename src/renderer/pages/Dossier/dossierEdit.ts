import type { Client } from '../../../shared/api/client';
import type { SuspectFullDetail } from '../../../shared/api/views';
import { changedFields, type SuspectInput } from '../../components/SuspectForm/suspectForm';
import { extraSetFields } from '../../components/SuspectForm/suspectExtrasForm';

type SetField = 'aliases' | 'otherNames' | 'phones' | 'vehicles' | (typeof extraSetFields)[number];
const setFieldNames: SetField[] = [
  'otherNames',
  'aliases',
  'phones',
  'vehicles',
  ...extraSetFields,
];

interface ValueChange {
  field: SetField;
  value: string;
  op: 'add' | 'remove';
}

/**
 * The calls that turn a dossier into the edited form (changed fields in one update, list
 * values added and removed one by one), and the calls that turn it back, for Undo.
 */
export function dossierEdit(
  client: Client,
  suspect: SuspectFullDetail,
  input: SuspectInput,
): { apply: () => Promise<void>; revert: () => Promise<void> } {
  const fields = changedFields(suspect, input);
  const before = Object.fromEntries(
    Object.keys(fields).map((name) => [name, suspect[name as keyof typeof fields]]),
  ) as typeof fields;
  const values: ValueChange[] = [];
  for (const field of setFieldNames) {
    const now = new Set(input[field]);
    const was = new Set(suspect[field]);
    for (const value of now) if (!was.has(value)) values.push({ field, value, op: 'add' });
    for (const value of was) if (!now.has(value)) values.push({ field, value, op: 'remove' });
  }
  const id = suspect.id;
  const send = async (fieldsToSet: typeof fields, changes: ValueChange[]) => {
    if (Object.keys(fieldsToSet).length > 0)
      await client.call('suspects.update', { id, fields: fieldsToSet });
    for (const change of changes) {
      const method = change.op === 'add' ? 'suspects.addValue' : 'suspects.removeValue';
      await client.call(method, { id, field: change.field, value: change.value });
    }
  };
  const inverse = values.map((change) => ({
    ...change,
    op: change.op === 'add' ? ('remove' as const) : ('add' as const),
  }));
  return { apply: () => send(fields, values), revert: () => send(before, inverse) };
}
