import {
  Autocomplete,
  Button,
  Code,
  Fieldset,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SessionStatus } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { LanguageSwitcher } from '../../components/LanguageSwitcher/LanguageSwitcher';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { rankKeys } from '../../i18n/ranks';

export interface SettingsPageProps {
  status: SessionStatus;
  /** Called after the operator was saved, so the header shows the new name. */
  onSaved: () => void;
}

/** Language, who is at the desk, and what this office and computer are. */
export function SettingsPage({ status, onSaved }: SettingsPageProps) {
  const client = useClient();
  const { language, t } = useI18n();
  const [name, setName] = useState(status.operator?.name ?? '');
  const [rank, setRank] = useState(status.operator?.rank ?? '');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    setBusy(true);
    setFailure(undefined);
    setSaved(false);
    try {
      await client.call('session.setOperator', { name: name.trim(), rank: rank.trim() });
      setSaved(true);
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Fieldset legend={t('language.label')}>
        <Stack gap="xs" align="flex-start">
          <LanguageSwitcher />
          <Text size="sm" c="dimmed">
            {t('settings.languageHint')}
          </Text>
        </Stack>
      </Fieldset>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Fieldset legend={t('settings.operatorSection')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('settings.operatorHint')}
            </Text>
            <Group grow align="flex-start">
              <TextInput
                label={t('firstRun.operatorName')}
                required
                value={name}
                error={name.trim() === '' ? t('firstRun.required') : undefined}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                  setSaved(false);
                }}
              />
              <Autocomplete
                label={t('firstRun.operatorRank')}
                data={rankKeys.map((key) => t(key))}
                value={rank}
                onChange={(value) => {
                  setRank(value);
                  setSaved(false);
                }}
              />
            </Group>
            {failure ? <ErrorAlert error={failure} /> : null}
            <Group>
              <Button type="submit" loading={busy}>
                {t('settings.save')}
              </Button>
              {saved ? (
                <Text size="sm" c="green.8" role="status">
                  {t('settings.saved')}
                </Text>
              ) : null}
            </Group>
          </Stack>
        </Fieldset>
      </form>
      {status.office ? (
        <Fieldset legend={t('settings.officeSection')}>
          <Stack gap="xs">
            <Text fw={600}>{officeName(status.office, language)}</Text>
            <Text size="sm">
              {[status.office.district, status.office.state].filter(Boolean).join(', ')}
            </Text>
            {status.office.policeStations.length > 0 ? (
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {t('firstRun.policeStations')}:{' '}
                </Text>
                {status.office.policeStations.join(', ')}
              </Text>
            ) : null}
            {status.nodeId ? (
              <Text size="sm">
                {t('settings.computerId')}: <Code>{status.nodeId}</Code>
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
      ) : null}
    </Stack>
  );
}
