import { Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { relations } from '../../../shared/domain/enums';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseExtrasErrors, PersonForm } from './caseExtrasForm';

export interface PersonFieldsProps {
  value: PersonForm;
  onChange: (value: PersonForm) => void;
  /** Where the person's errors are (`complainant`, `victims.0`). */
  path: string;
  errors: CaseExtrasErrors;
  /** Names the inputs for screen readers: "Complainant", "Victim 2". */
  label: string;
}

/** Name, relation and father's/husband's name, address with state, phone of a person on the FIR. */
export function PersonFields({ value, onChange, path, errors, label }: PersonFieldsProps) {
  const { t } = useI18n();
  const set = (key: keyof PersonForm) => (text: string) => onChange({ ...value, [key]: text });
  const error = (key: keyof PersonForm) => {
    const message = errors[`${path}.${key}`];
    return message ? t(message) : undefined;
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" role="group" aria-label={label}>
      <TextInput
        label={t('records.person.name')}
        value={value.name}
        onChange={(event) => set('name')(event.currentTarget.value)}
        error={error('name')}
        data-field={`${path}.name`}
      />
      <Group gap="xs" grow wrap="nowrap" align="flex-start">
        <Select
          label={t('records.person.relation')}
          data={relations.map((relation) => ({
            value: relation,
            label: t(relation ? `records.relation.${relation}` : 'records.relation.none'),
          }))}
          value={value.relation}
          onChange={(relation) => set('relation')(relation ?? '')}
          allowDeselect={false}
          maw={110}
        />
        <TextInput
          label={t('records.person.relativeName')}
          value={value.relativeName}
          onChange={(event) => set('relativeName')(event.currentTarget.value)}
          error={error('relativeName')}
        />
      </Group>
      <TextInput
        label={t('records.person.phone')}
        value={value.phone}
        inputMode="tel"
        onChange={(event) => set('phone')(event.currentTarget.value)}
        error={error('phone')}
        data-field={`${path}.phone`}
      />
      <TextInput
        label={t('records.person.address')}
        value={value.address}
        onChange={(event) => set('address')(event.currentTarget.value)}
        error={error('address')}
        style={{ gridColumn: 'span 2' }}
      />
      <TextInput
        label={t('records.person.state')}
        value={value.state}
        onChange={(event) => set('state')(event.currentTarget.value)}
        error={error('state')}
      />
    </SimpleGrid>
  );
}
