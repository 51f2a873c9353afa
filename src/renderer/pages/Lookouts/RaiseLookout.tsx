import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  lookoutKinds,
  lookoutTargets,
  type LookoutKind,
  type LookoutTarget,
} from '../../../shared/domain/lookouts';
import { useClient } from '../../api/ClientProvider';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';

const dayMs = 86_400_000;

export interface RaiseLookoutProps {
  onRaised: () => void;
  onCancel: () => void;
}

/** The form that raises a lookout notice of this office on a person, a vehicle or a phone. */
export function RaiseLookout({ onRaised, onCancel }: RaiseLookoutProps) {
  const client = useClient();
  const { t } = useI18n();
  const [target, setTarget] = useState<LookoutTarget>('suspect');
  const [kind, setKind] = useState<LookoutKind>('wanted');
  const [name, setName] = useState('');
  const [fatherName, setFatherName] = useState('');
  const [age, setAge] = useState<number | string>('');
  const [particulars, setParticulars] = useState('');
  const [vehicle, setVehicle] = useState('');
  const [phone, setPhone] = useState('');
  const [action, setAction] = useState('');
  const [days, setDays] = useState<number | string>(30);
  const [reward, setReward] = useState<number | string>(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    const now = Date.now();
    try {
      await client.call('lookouts.raise', {
        target,
        kind,
        name: target === 'suspect' ? name : '',
        fatherName: target === 'suspect' ? fatherName : '',
        age: target === 'suspect' && typeof age === 'number' ? age : null,
        particulars,
        vehicle: target === 'vehicle' ? vehicle : '',
        phone: target === 'phone' ? phone : '',
        action,
        validFrom: now,
        validUntil: now + (typeof days === 'number' ? days : 30) * dayMs,
        reward: typeof reward === 'number' ? reward : 0,
      });
      onRaised();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} data-testid="raise-lookout">
      <Stack gap="sm" maw={640}>
        <Group grow>
          <Select
            label={t('lookouts.field.target')}
            value={target}
            allowDeselect={false}
            onChange={(value) => setTarget(value ?? 'suspect')}
            data={lookoutTargets.map((value) => ({ value, label: t(`lookouts.target.${value}`) }))}
          />
          <Select
            label={t('lookouts.field.kind')}
            value={kind}
            allowDeselect={false}
            onChange={(value) => setKind(value ?? 'wanted')}
            data={lookoutKinds.map((value) => ({ value, label: t(`lookouts.kind.${value}`) }))}
          />
        </Group>
        {target === 'suspect' ? (
          <Group grow>
            <TextInput
              label={t('lookouts.field.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
            />
            <TextInput
              label={t('lookouts.field.fatherName')}
              value={fatherName}
              onChange={(event) => setFatherName(event.currentTarget.value)}
            />
            <NumberInput
              label={t('lookouts.field.age')}
              value={age}
              onChange={setAge}
              min={0}
              max={120}
            />
          </Group>
        ) : null}
        {target === 'vehicle' ? (
          <TextInput
            label={t('lookouts.field.vehicle')}
            value={vehicle}
            onChange={(event) => setVehicle(event.currentTarget.value)}
            required
          />
        ) : null}
        {target === 'phone' ? (
          <TextInput
            label={t('lookouts.field.phone')}
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            required
          />
        ) : null}
        <Textarea
          label={t('lookouts.field.particulars')}
          value={particulars}
          onChange={(event) => setParticulars(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('lookouts.field.action')}
          value={action}
          onChange={(event) => setAction(event.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        <Group grow>
          <NumberInput
            label={t('lookouts.field.days')}
            value={days}
            onChange={setDays}
            min={1}
            max={3650}
          />
          <NumberInput
            label={t('lookouts.field.reward')}
            value={reward}
            onChange={setReward}
            min={0}
            thousandSeparator=","
          />
        </Group>
        {failure ? <ErrorAlert error={failure} /> : null}
        <Group>
          <Button type="submit" loading={busy}>
            {t('lookouts.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('lookouts.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
