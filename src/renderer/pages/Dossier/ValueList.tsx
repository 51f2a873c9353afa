import { ActionIcon, Badge, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface ValueListProps {
  label: string;
  values: string[];
  canEdit: boolean;
  busy: boolean;
  onAdd: (value: string) => Promise<boolean>;
  onRemove: (value: string) => void;
}

/** Aliases, names in other scripts, phones or vehicles: chips, each removable, and an add box. */
export function ValueList({ label, values, canEdit, busy, onAdd, onRemove }: ValueListProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const add = async () => {
    if (text.trim() === '') return;
    if (await onAdd(text.trim())) setText('');
  };
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Group gap={6} mt={2}>
        {values.length === 0 ? <Text size="sm">{t('gallery.dossier.none')}</Text> : null}
        {values.map((value) => (
          <Badge
            key={value}
            variant="light"
            color="gray"
            tt="none"
            size="lg"
            rightSection={
              canEdit ? (
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="red"
                  aria-label={t('gallery.dossier.remove', { value })}
                  onClick={() => onRemove(value)}
                >
                  ×
                </ActionIcon>
              ) : null
            }
          >
            {value}
          </Badge>
        ))}
      </Group>
      {canEdit ? (
        <TextInput
          mt={4}
          size="xs"
          maw={280}
          aria-label={`${label}: ${t('gallery.dossier.add')}`}
          placeholder={t('gallery.dossier.add')}
          value={text}
          disabled={busy}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void add();
            }
          }}
        />
      ) : null}
    </div>
  );
}
