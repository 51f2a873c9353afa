import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SuspectFilterInput } from '../../../shared/api/screensContract';
import type { OfficeView } from '../../../shared/api/views';
import { suspectStatuses } from '../../../shared/domain/enums';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';

type TextFilter = 'gang' | 'mo' | 'text';

export interface GalleryFiltersProps {
  filter: SuspectFilterInput;
  offices: OfficeView[];
  onChange: (filter: SuspectFilterInput) => void;
}

/** A text filter that waits for a pause in typing before it changes the view. */
function FilterText({
  label,
  value,
  width = 150,
  onChange,
}: {
  label: string;
  value: string;
  width?: number;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const settle = useDebouncedCallback(onChange, 350);
  return (
    <TextInput
      label={label}
      size="xs"
      w={width}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        settle(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChange(text);
      }}
    />
  );
}

/** Status, office, gang, MO, free text and photo filters; they live in the address. */
export function GalleryFilters({ filter, offices, onChange }: GalleryFiltersProps) {
  const { language, t } = useI18n();
  const update = (patch: SuspectFilterInput) => {
    const next: SuspectFilterInput = { ...filter, ...patch };
    for (const name of Object.keys(next) as Array<keyof SuspectFilterInput>) {
      if (next[name] === undefined || next[name] === '') delete next[name];
    }
    onChange(next);
  };
  const setText = (name: TextFilter) => (value: string) =>
    update({ [name]: value.trim() || undefined });
  const any = t('gallery.filter.any');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="sm" role="search">
      <Select
        label={t('gallery.filter.status')}
        size="xs"
        w={150}
        placeholder={any}
        clearable
        data={suspectStatuses.map((status) => ({
          value: status,
          label: t(`gallery.status.${status}`),
        }))}
        value={filter.status ?? null}
        onChange={(value) => update({ status: value ?? undefined })}
      />
      <Select
        label={t('gallery.filter.office')}
        size="xs"
        w={190}
        placeholder={any}
        clearable
        searchable
        data={offices.map((office) => ({ value: office.id, label: officeName(office, language) }))}
        value={filter.officeId ?? null}
        onChange={(value) => update({ officeId: value ?? undefined })}
      />
      <FilterText
        label={t('gallery.filter.gang')}
        value={filter.gang ?? ''}
        onChange={setText('gang')}
      />
      <FilterText label={t('gallery.filter.mo')} value={filter.mo ?? ''} onChange={setText('mo')} />
      <FilterText
        label={t('gallery.filter.text')}
        width={190}
        value={filter.text ?? ''}
        onChange={setText('text')}
      />
      <Select
        label={t('gallery.filter.photo')}
        size="xs"
        w={130}
        allowDeselect={false}
        data={[
          { value: 'any', label: any },
          { value: 'yes', label: t('gallery.filter.withPhoto') },
          { value: 'no', label: t('gallery.filter.withoutPhoto') },
        ]}
        value={filter.hasPhoto === undefined ? 'any' : filter.hasPhoto ? 'yes' : 'no'}
        onChange={(value) => update({ hasPhoto: value === 'any' ? undefined : value === 'yes' })}
      />
      <Button variant="subtle" size="xs" onClick={() => onChange({})}>
        {t('gallery.filter.clear')}
      </Button>
    </Group>
  );
}
