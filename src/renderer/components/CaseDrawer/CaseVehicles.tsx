import { Badge, Button, Group, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';

/** Vehicles of the case: the owner edits the list (removals asked first); others read it. */
export function CaseVehicles({
  caseId,
  vehicles,
  canEdit,
  onSaved,
}: {
  caseId: string;
  vehicles: string[];
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const client = useClient();
  const [draft, setDraft] = useState<string[] | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);

  async function save(list: string[]) {
    setSaving(true);
    setFailure(undefined);
    try {
      await client.call('cases.setVehicles', { id: caseId, vehicles: list });
      setDraft(undefined);
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  if (!draft) {
    return (
      <Group gap="xs" wrap="wrap">
        {vehicles.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('board.vehicles.none')}
          </Text>
        ) : (
          vehicles.map((vehicle) => (
            <Badge key={vehicle} variant="outline" tt="none" size="lg">
              {vehicle}
            </Badge>
          ))
        )}
        {canEdit ? (
          <Button size="compact-xs" variant="light" onClick={() => setDraft(vehicles)}>
            {t('board.vehicles.edit')}
          </Button>
        ) : null}
      </Group>
    );
  }
  const removed = vehicles.filter((vehicle) => !draft.includes(vehicle));
  return (
    <>
      {failure ? <ErrorAlert error={failure} /> : null}
      <TagsInput
        size="xs"
        label={t('board.vehicles.label')}
        description={t('board.vehicles.hint')}
        value={draft}
        onChange={(next) => setDraft(next.map((value) => value.toUpperCase().replace(/\s+/g, '')))}
        maxTags={20}
        clearable
      />
      <Group justify="flex-end" gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={() => setDraft(undefined)}>
          {t('board.cancel')}
        </Button>
        <Button
          size="xs"
          loading={saving}
          onClick={() => (removed.length > 0 ? setAsking(true) : void save(draft))}
        >
          {t('board.form.save')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking}
        title={t('board.vehicles.removeTitle')}
        message={t('board.vehicles.removeText', { vehicles: removed.join(', ') })}
        confirmLabel={t('board.vehicles.remove')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void save(draft);
        }}
      />
    </>
  );
}
