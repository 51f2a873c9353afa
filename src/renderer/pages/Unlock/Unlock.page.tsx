import {
  Anchor,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { SessionStatus } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { LanguageSwitcher } from '../../components/LanguageSwitcher/LanguageSwitcher';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';

export interface UnlockPageProps {
  status: SessionStatus;
  onUnlocked: (status: SessionStatus) => void;
}

/** The locked database: passphrase, or the printed recovery key, or the OS key store. */
export function UnlockPage({ status, onUnlocked }: UnlockPageProps) {
  const client = useClient();
  const { language, t } = useI18n();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function unlock(input: InputOf<'session.unlock'>) {
    setBusy(true);
    setFailure(undefined);
    try {
      onUnlocked(await client.call('session.unlock', input));
    } catch (error) {
      setFailure(error);
      setSecret('');
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (secret === '') return;
    void unlock(mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret.trim() });
  }

  function switchMode() {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
    setFailure(undefined);
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={480}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <Title order={1} size="h2">
                {t('unlock.title')}
              </Title>
              <LanguageSwitcher />
            </Group>
            {status.office ? <Text fw={600}>{officeName(status.office, language)}</Text> : null}
            <Text c="dimmed">{t('unlock.intro')}</Text>
            {mode === 'passphrase' ? (
              <PasswordInput
                ref={inputRef}
                label={t('unlock.passphrase')}
                autoComplete="current-password"
                autoFocus
                value={secret}
                onChange={(event) => setSecret(event.currentTarget.value)}
              />
            ) : (
              <TextInput
                ref={inputRef}
                label={t('unlock.recoveryKey')}
                description={t('unlock.recoveryKeyHint')}
                autoComplete="off"
                spellCheck={false}
                autoFocus
                ff="monospace"
                value={secret}
                onChange={(event) => setSecret(event.currentTarget.value)}
              />
            )}
            {failure ? <ErrorAlert error={failure} /> : null}
            <Button type="submit" loading={busy} disabled={secret === ''}>
              {t('unlock.submit')}
            </Button>
            <Anchor component="button" type="button" size="sm" onClick={switchMode}>
              {mode === 'passphrase' ? t('unlock.useRecoveryKey') : t('unlock.usePassphrase')}
            </Anchor>
            {status.unlockWith.includes('os') ? (
              <Button
                variant="default"
                onClick={() => void unlock({ osKeyStore: true })}
                disabled={busy}
              >
                {t('unlock.useOsKeyStore')}
              </Button>
            ) : null}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
