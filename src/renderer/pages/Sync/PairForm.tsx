import { Button, Fieldset, Group, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';

/** Pairs a peer by the id and office read over the phone, and its address; both sides pair. */
export function PairForm({ onPaired }: { onPaired: () => void }) {
  const client = useClient();
  const { t } = useI18n();
  const [nodeId, setNodeId] = useState('');
  const [officeId, setOfficeId] = useState('');
  const [address, setAddress] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function pair(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    setDone(false);
    try {
      await client.call('sync.pair', {
        nodeId: nodeId.trim().toUpperCase(),
        officeId: officeId.trim().toLowerCase(),
        address: address.trim(),
      });
      setNodeId('');
      setOfficeId('');
      setAddress('');
      setDone(true);
      onPaired();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void pair(event)}>
      <Fieldset legend={t('sync.pairTitle')}>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('sync.peerId')}
            placeholder="K7QD-2M9X-4PQR-8ZTA"
            value={nodeId}
            onChange={(event) => setNodeId(event.currentTarget.value)}
            required
            styles={{ input: { fontFamily: 'monospace' } }}
            w={260}
          />
          <TextInput
            label={t('sync.peerOffice')}
            placeholder="wb-adpc"
            value={officeId}
            onChange={(event) => setOfficeId(event.currentTarget.value)}
            required
            w={220}
          />
          <TextInput
            label={t('sync.peerAddress')}
            placeholder="10.20.0.5:7443"
            value={address}
            onChange={(event) => setAddress(event.currentTarget.value)}
            required
            w={220}
          />
          <Button type="submit" loading={busy}>
            {t('sync.pair')}
          </Button>
        </Group>
        {done ? (
          <Text c="green" size="sm" mt="xs" role="status">
            {t('sync.paired')}
          </Text>
        ) : null}
        {failure ? <ErrorAlert error={failure} /> : null}
      </Fieldset>
    </form>
  );
}
