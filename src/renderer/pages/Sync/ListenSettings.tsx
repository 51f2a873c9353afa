import { Button, Fieldset, Group, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SyncStatusView } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';

/** Says in plain words whether this computer accepts connections, and sets where it does. */
export function ListenSettings({ view, onSaved }: { view: SyncStatusView; onSaved: () => void }) {
  const client = useClient();
  const { t } = useI18n();
  const [address, setAddress] = useState(view.listenSetting ?? '');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(next: string | null) {
    setBusy(true);
    setFailure(undefined);
    setSaved(false);
    try {
      await client.call('sync.setListen', { address: next });
      if (next === null) setAddress('');
      setSaved(true);
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  let plain: string;
  if (!view.running) plain = t('sync.acceptsStopped');
  else if (view.listening) plain = t('sync.acceptsAt', { address: view.listening });
  else if (view.listenSetting) plain = t('sync.acceptsFailed', { address: view.listenSetting });
  else plain = t('sync.acceptsNot');

  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save(address.trim());
      }}
    >
      <Fieldset legend={t('sync.acceptTitle')}>
        <Text size="sm" role="status" mb="xs">
          {plain}
        </Text>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('sync.listenAddress')}
            placeholder="0.0.0.0:7443"
            value={address}
            onChange={(event) => setAddress(event.currentTarget.value)}
            required
            w={260}
          />
          <Button type="submit" loading={busy}>
            {t('sync.listenSave')}
          </Button>
          {view.listenSetting ? (
            <Button variant="subtle" color="red" onClick={() => void save(null)} disabled={busy}>
              {t('sync.listenStop')}
            </Button>
          ) : null}
        </Group>
        {saved ? (
          <Text c="green" size="sm" mt="xs">
            {t('sync.listenSaved')}
          </Text>
        ) : null}
        {failure ? <ErrorAlert error={failure} /> : null}
      </Fieldset>
    </form>
  );
}
