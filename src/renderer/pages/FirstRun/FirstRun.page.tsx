import {
  Autocomplete,
  Button,
  Container,
  Fieldset,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { InitResult } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { LanguageSwitcher } from '../../components/LanguageSwitcher/LanguageSwitcher';
import { OfficeFieldset } from '../../components/OfficeFieldset/OfficeFieldset';
import { useI18n } from '../../i18n/I18nProvider';
import { rankKeys } from '../../i18n/ranks';
import {
  emptyDraft,
  initInput,
  validateFirstRun,
  type FirstRunDraft,
  type FirstRunErrors,
} from './firstRunForm';

export interface FirstRunProps {
  /** Called once core has created the database; the recovery key is in `result`. */
  onInitialised: (result: InitResult, officeName: string) => void;
}

/** First run: describe the office, say who you are, choose the passphrase. */
export function FirstRunPage({ onInitialised }: FirstRunProps) {
  const client = useClient();
  const { t } = useI18n();
  const [draft, setDraft] = useState<FirstRunDraft>(emptyDraft);
  const [errors, setErrors] = useState<FirstRunErrors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FirstRunDraft>(field: K, value: FirstRunDraft[K]) =>
    setDraft((previous) => ({ ...previous, [field]: value }));
  const errorOf = (field: keyof FirstRunErrors) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateFirstRun(draft);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await client.call('session.init', initInput(draft));
      onInitialised(result, draft.office.nameEn);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Container size="xl" py="lg">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={1}>{t('firstRun.title')}</Title>
          <Text c="dimmed" maw={760} mt={4}>
            {t('firstRun.intro')}
          </Text>
        </div>
        <LanguageSwitcher />
      </Group>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SimpleGrid cols={2} spacing="lg">
          <OfficeFieldset
            value={draft.office}
            onChange={(office) => set('office', office)}
            errors={errors}
          />
          <Stack gap="lg">
            <Fieldset legend={t('firstRun.operatorSection')}>
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label={t('firstRun.operatorName')}
                  required
                  value={draft.operatorName}
                  error={errorOf('operatorName')}
                  onChange={(event) => set('operatorName', event.currentTarget.value)}
                />
                <Autocomplete
                  label={t('firstRun.operatorRank')}
                  data={rankKeys.map((key) => t(key))}
                  value={draft.operatorRank}
                  onChange={(value) => set('operatorRank', value)}
                />
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('firstRun.passphraseSection')}>
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('firstRun.passphraseHint')}
                </Text>
                <PasswordInput
                  label={t('firstRun.passphrase')}
                  required
                  autoComplete="new-password"
                  value={draft.passphrase}
                  error={errorOf('passphrase')}
                  onChange={(event) => set('passphrase', event.currentTarget.value)}
                />
                <PasswordInput
                  label={t('firstRun.passphraseRepeat')}
                  required
                  autoComplete="new-password"
                  value={draft.passphraseRepeat}
                  error={errorOf('passphraseRepeat')}
                  onChange={(event) => set('passphraseRepeat', event.currentTarget.value)}
                />
              </Stack>
            </Fieldset>
            {failure ? <ErrorAlert error={failure} /> : null}
            <Group justify="flex-end">
              <Button type="submit" size="md" loading={busy}>
                {t('firstRun.submit')}
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
      </form>
    </Container>
  );
}
