import { Fieldset, NativeSelect, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import type { OfficeFields } from '../../../shared/domain/records';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { Language } from '../../i18n/languages';
import { borderOffices } from './borderOffices';

export interface OfficeFieldsetProps {
  value: OfficeFields;
  onChange: (value: OfficeFields) => void;
  /** Translated error per field, for the fields that have one. */
  errors: Partial<Record<keyof OfficeFields, MessageKey>>;
}

/** The office being created: a border office to start from, then every field editable. */
export function OfficeFieldset({ value, onChange, errors }: OfficeFieldsetProps) {
  const { language, t } = useI18n();
  const set = <K extends keyof OfficeFields>(field: K, fieldValue: OfficeFields[K]) =>
    onChange({ ...value, [field]: fieldValue });
  const errorOf = (field: keyof OfficeFields) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };
  const presetGroups = Object.keys(stateNames).map((state) => ({
    group: stateName(state, language),
    items: borderOffices
      .filter((office) => office.state === state)
      .map((office) => ({ value: office.key, label: officeName(office, language) })),
  }));
  const chosen = borderOffices.find((office) => office.nameEn === value.nameEn)?.key ?? '';

  return (
    <Fieldset legend={t('firstRun.officeSection')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('firstRun.preset')}
          description={t('firstRun.presetHint')}
          value={chosen}
          data={[{ value: '', label: t('firstRun.presetPlaceholder') }, ...presetGroups]}
          onChange={(event) => {
            const office = borderOffices.find(
              (candidate) => candidate.key === event.currentTarget.value,
            );
            if (office) {
              const { key: _key, ...fields } = office;
              onChange({ ...fields, policeStations: [...fields.policeStations] });
            }
          }}
        />
        <TextInput
          label={t('firstRun.nameEn')}
          required
          value={value.nameEn}
          error={errorOf('nameEn')}
          onChange={(event) => set('nameEn', event.currentTarget.value)}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('firstRun.nameHi')}
            lang="hi"
            value={value.nameHi}
            onChange={(event) => set('nameHi', event.currentTarget.value)}
          />
          <TextInput
            label={t('firstRun.nameBn')}
            lang="bn"
            value={value.nameBn}
            onChange={(event) => set('nameBn', event.currentTarget.value)}
          />
          <TextInput
            label={t('firstRun.state')}
            value={value.state}
            onChange={(event) => set('state', event.currentTarget.value)}
          />
          <TextInput
            label={t('firstRun.district')}
            value={value.district}
            onChange={(event) => set('district', event.currentTarget.value)}
          />
        </SimpleGrid>
        <TagsInput
          label={t('firstRun.policeStations')}
          description={t('firstRun.policeStationsHint')}
          value={value.policeStations}
          onChange={(stations) => set('policeStations', stations)}
          clearable
        />
      </Stack>
    </Fieldset>
  );
}

const stateNames: Record<string, { hi: string; bn: string }> = {
  Jharkhand: { hi: 'झारखंड', bn: 'ঝাড়খণ্ড' },
  'West Bengal': { hi: 'पश्चिम बंगाल', bn: 'পশ্চিমবঙ্গ' },
};

/** A state's name in the chosen language (the office record keeps the English one). */
function stateName(state: string, language: Language): string {
  if (language === 'en') return state;
  return stateNames[state]?.[language] ?? state;
}
