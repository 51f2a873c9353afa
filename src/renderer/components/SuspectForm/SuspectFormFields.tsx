import { SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { DateField } from '../DateField/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { SuspectFormField, SuspectFormValues } from './suspectForm';

/** How one field of the suspect form is typed. */
export interface FieldSpec {
  field: SuspectFormField;
  label: MessageKey;
  kind: 'text' | 'number' | 'date' | 'long' | 'list';
}

/** The sections behind "more": the history sheet beyond what an operator types first. */
export const suspectFormSections: Array<{ id: string; title: MessageKey; fields: FieldSpec[] }> = [
  {
    id: 'particulars',
    title: 'records.form.particulars',
    fields: [
      { field: 'dateOfBirth', label: 'gallery.form.dateOfBirth', kind: 'date' },
      { field: 'ageOn', label: 'records.ageOn', kind: 'date' },
      { field: 'heightCm', label: 'gallery.form.heightCm', kind: 'number' },
      { field: 'build', label: 'gallery.form.build', kind: 'text' },
      { field: 'complexion', label: 'records.complexion', kind: 'text' },
      { field: 'face', label: 'records.face', kind: 'text' },
      { field: 'hair', label: 'records.hair', kind: 'text' },
      { field: 'beardMoustache', label: 'records.beardMoustache', kind: 'text' },
      { field: 'languages', label: 'records.languages', kind: 'text' },
      { field: 'occupation', label: 'records.occupation', kind: 'text' },
      { field: 'gang', label: 'gallery.form.gang', kind: 'text' },
      { field: 'marks', label: 'gallery.form.marks', kind: 'long' },
      { field: 'mo', label: 'gallery.form.mo', kind: 'long' },
      { field: 'presentAddress', label: 'records.presentAddress', kind: 'long' },
      { field: 'fatherOtherNames', label: 'records.fatherOtherNames', kind: 'list' },
      { field: 'hideouts', label: 'records.hideouts', kind: 'list' },
      { field: 'vehicles', label: 'gallery.form.vehicles', kind: 'list' },
    ],
  },
  {
    id: 'identifiers',
    title: 'records.form.identifiers',
    fields: [
      { field: 'historySheetNumber', label: 'records.historySheetNumber', kind: 'text' },
      { field: 'historySheetPs', label: 'records.historySheetPs', kind: 'text' },
      { field: 'cigNumber', label: 'records.cigNumber', kind: 'text' },
      { field: 'cctnsId', label: 'records.cctnsId', kind: 'text' },
      { field: 'nafisId', label: 'records.nafisId', kind: 'text' },
      { field: 'imeis', label: 'records.imeis', kind: 'list' },
      { field: 'bankAccounts', label: 'records.bankAccounts', kind: 'list' },
      { field: 'upiIds', label: 'records.upiIds', kind: 'list' },
      { field: 'emails', label: 'records.emails', kind: 'list' },
      { field: 'socialHandles', label: 'records.socialHandles', kind: 'list' },
    ],
  },
  {
    id: 'status',
    title: 'records.form.statusReward',
    fields: [
      { field: 'statusDate', label: 'records.statusDate', kind: 'date' },
      { field: 'statusPlace', label: 'records.statusPlace', kind: 'text' },
      { field: 'statusSource', label: 'records.statusSource', kind: 'text' },
      { field: 'reward', label: 'gallery.form.reward', kind: 'number' },
      { field: 'rewardAuthority', label: 'records.rewardAuthority', kind: 'text' },
      { field: 'rewardDate', label: 'records.rewardDate', kind: 'date' },
    ],
  },
];

/** The sections holding any of these fields: opened when a field there needs attention. */
export function sectionsWith(fields: readonly string[]): string[] {
  return suspectFormSections
    .filter((section) => section.fields.some((spec) => fields.includes(spec.field)))
    .map((section) => section.id);
}

export interface SuspectFieldsProps {
  specs: FieldSpec[];
  values: SuspectFormValues;
  set: (field: SuspectFormField, value: string | string[]) => void;
  errorOf: (field: SuspectFormField) => string | undefined;
}

/** Fields laid out by kind: short ones in a grid, then long text, then chip lists. */
export function SuspectFields({ specs, values, set, errorOf }: SuspectFieldsProps) {
  const { t } = useI18n();
  const short = specs.filter((spec) => ['text', 'number', 'date'].includes(spec.kind));
  const long = specs.filter((spec) => spec.kind === 'long');
  const lists = specs.filter((spec) => spec.kind === 'list');
  const text = (field: SuspectFormField) => values[field] as string;
  return (
    <>
      {short.length > 0 ? (
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          {short.map(({ field, label, kind }) =>
            kind === 'date' ? (
              <DateField
                key={field}
                label={t(label)}
                value={text(field) || undefined}
                error={errorOf(field)}
                onChange={(value) => set(field, value ?? '')}
                clearable
              />
            ) : (
              <TextInput
                key={field}
                label={t(label)}
                inputMode={kind === 'number' ? 'numeric' : undefined}
                value={text(field)}
                error={errorOf(field)}
                onChange={(event) => set(field, event.currentTarget.value)}
              />
            ),
          )}
        </SimpleGrid>
      ) : null}
      {long.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: long.length }} spacing="sm">
          {long.map(({ field, label }) => (
            <Textarea
              key={field}
              label={t(label)}
              autosize
              minRows={2}
              maxRows={5}
              value={text(field)}
              error={errorOf(field)}
              onChange={(event) => set(field, event.currentTarget.value)}
            />
          ))}
        </SimpleGrid>
      ) : null}
      {lists.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {lists.map(({ field, label }) => (
            <TagsInput
              key={field}
              label={t(label)}
              description={t('gallery.form.listHint')}
              value={values[field] as string[]}
              error={errorOf(field)}
              onChange={(value) => set(field, value)}
            />
          ))}
        </SimpleGrid>
      ) : null}
    </>
  );
}
