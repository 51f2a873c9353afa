import {
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useClient } from '../../api/ClientProvider';
import type { Client } from '../../../shared/api/client';
import { useI18n } from '../../i18n/I18nProvider';
import classes from './CaseDrawer.module.css';

export interface PickerOption {
  id: string;
  label: string;
  /** A thumbnail or other leading content. */
  before?: ReactNode;
}

const searchDelayMs = 250;

/**
 * Search, pick one result, choose a role, and link: used for suspects (by `suspects.list`) and
 * for related cases (by `mentions.search`).
 */
export function RecordPicker({
  label,
  search,
  roles,
  onPick,
  exclude,
}: {
  label: string;
  search: (client: Client, text: string) => Promise<PickerOption[]>;
  roles: Array<{ value: string; label: string }>;
  onPick: (id: string, role: string) => Promise<void>;
  exclude: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const client = useClient();
  const [text, setText] = useState('');
  const [results, setResults] = useState<PickerOption[] | undefined>(undefined);
  const [searching, setSearching] = useState(false);
  const [chosen, setChosen] = useState<PickerOption | undefined>(undefined);
  const [role, setRole] = useState(roles[0]?.value ?? '');
  const [linking, setLinking] = useState(false);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      setSearching(true);
      search(client, query)
        .then(
          (found) => current && setResults(found),
          () => current && setResults([]),
        )
        .finally(() => current && setSearching(false));
    }, searchDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, search, text]);

  const shown = (text.trim().length < 2 ? [] : (results ?? [])).filter(
    (option) => !exclude.has(option.id),
  );
  return (
    <Stack gap={6}>
      <TextInput
        size="xs"
        label={label}
        placeholder={t('board.picker.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setChosen(undefined);
        }}
        rightSection={searching ? <Loader size="xs" /> : null}
      />
      {shown.length > 0 && !chosen ? (
        <Stack gap={2} role="listbox" aria-label={t('board.picker.results')}>
          {shown.map((option) => (
            <UnstyledButton
              key={option.id}
              role="option"
              aria-selected={false}
              className={classes.option}
              onClick={() => setChosen(option)}
            >
              <Group gap="xs" wrap="nowrap">
                {option.before}
                <Text size="sm">{option.label}</Text>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      ) : null}
      {text.trim().length >= 2 && results && shown.length === 0 && !searching ? (
        <Text size="xs" c="dimmed">
          {t('board.picker.none')}
        </Text>
      ) : null}
      {chosen ? (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Text size="sm" fw={600}>
            {chosen.label}
          </Text>
          <Select
            size="xs"
            label={t('board.picker.role')}
            data={roles}
            value={role}
            onChange={(value) => value && setRole(value)}
            allowDeselect={false}
            w={140}
          />
          <Button
            size="xs"
            loading={linking}
            onClick={() => {
              setLinking(true);
              onPick(chosen.id, role)
                .then(() => {
                  setChosen(undefined);
                  setText('');
                })
                .catch(() => undefined)
                .finally(() => setLinking(false));
            }}
          >
            {t('board.picker.link')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
