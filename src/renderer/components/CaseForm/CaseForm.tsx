import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CaseFields } from '../../../shared/domain/records';
import { crimeHeads } from '../../../shared/domain/crimeHeads';
import { caseLanes, priorities, sharingScopes } from '../../../shared/domain/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { DateTimeField } from '../DateField/DateField';
import { CaseRecordFields } from './CaseRecordFields';
import { SectionsInput } from './SectionsInput';
import { validateExtras } from './caseExtrasForm';
import {
  caseFieldsOf,
  parseIstLocal,
  validateCaseForm,
  type CaseFormErrors,
  type CaseFormValues,
} from './caseFormValues';

export interface CaseFormProps {
  initial: CaseFormValues;
  mode: 'create' | 'edit';
  /** Police stations offered as suggestions (the office's own). */
  policeStations: string[];
  /** Sends the fields; a rejection is shown as its code's message. */
  onSubmit: (fields: CaseFields) => Promise<void>;
  onCancel: () => void;
  /** The clock, for "not in the future"; injected so tests hold it still. */
  now?: () => number;
}

/** The start of the occurrence window as typed, for checking the times after it. */
function extrasStart(occurredAt: string): number {
  const start = parseIstLocal(occurredAt);
  return Number.isNaN(start) ? 0 : start;
}

/** The quick new-case form, and the owner's edit form: checked field by field before sending. */
export function CaseForm({
  initial,
  mode,
  policeStations,
  onSubmit,
  onCancel,
  now = Date.now,
}: CaseFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const errors: CaseFormErrors = tried ? validateCaseForm(values, now()) : {};
  const set =
    <K extends keyof CaseFormValues>(key: K) =>
    (value: CaseFormValues[K]) =>
      setValues((previous) => ({ ...previous, [key]: value }));
  const error = (key: keyof CaseFormValues) => {
    const message = errors[key];
    return message ? t(message) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const found = validateCaseForm(values, now());
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setSending(true);
    setFailure(undefined);
    try {
      await onSubmit(caseFieldsOf(values));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSending(false);
    }
  }

  const count = Object.keys(errors).length;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t(mode === 'create' ? 'board.form.createTitle' : 'board.form.editTitle')}
    >
      <Stack gap="sm">
        {count > 0 ? (
          <Alert color="red" variant="light" role="alert">
            {t('board.form.fixErrors', { count })}
          </Alert>
        ) : null}
        {failure ? <ErrorAlert error={failure} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('board.field.firNumber')}
            description={t('board.form.firNumberHint')}
            value={values.firNumber}
            onChange={(event) => set('firNumber')(event.currentTarget.value)}
            error={error('firNumber')}
            data-field="firNumber"
            data-autofocus
            required
          />
          <TextInput
            label={t('board.field.firYear')}
            value={values.firYear}
            inputMode="numeric"
            onChange={(event) => set('firYear')(event.currentTarget.value)}
            error={error('firYear')}
            data-field="firYear"
            required
          />
          <Autocomplete
            label={t('case.policeStation')}
            data={policeStations}
            value={values.policeStation}
            onChange={set('policeStation')}
            error={error('policeStation')}
            data-field="policeStation"
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('case.crimeHead')}
            data={crimeHeads.map((key) => ({ value: key, label: t(`crimeHead.${key}`) }))}
            value={values.crimeHead || null}
            onChange={(key) => set('crimeHead')(key ?? '')}
            error={error('crimeHead')}
            data-field="crimeHead"
            searchable
            required
          />
          <SectionsInput
            value={values.sections}
            onChange={set('sections')}
            error={error('sections')}
            occurredAt={values.occurredAt}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateTimeField
            label={t('board.field.occurredAtIst')}
            value={values.occurredAt}
            onChange={set('occurredAt')}
            error={error('occurredAt')}
            data-field="occurredAt"
            required
          />
          <TextInput
            label={t('board.field.propertyValueRupees')}
            value={values.propertyValue}
            inputMode="numeric"
            onChange={(event) => set('propertyValue')(event.currentTarget.value)}
            error={error('propertyValue')}
            data-field="propertyValue"
          />
          <TextInput
            label={t('board.field.place')}
            value={values.place}
            onChange={(event) => set('place')(event.currentTarget.value)}
            error={error('place')}
            data-field="place"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('case.priority')}
            data={priorities.map((value) => ({ value, label: t(`priority.${value}`) }))}
            value={values.priority}
            onChange={(value) => value && set('priority')(value)}
            allowDeselect={false}
          />
          <Select
            label={t('board.field.sharing')}
            data={sharingScopes.map((value) => ({
              value,
              label: t(value === 'network' ? 'case.shared' : 'case.localOnly'),
            }))}
            value={values.sharing}
            onChange={(value) => value && set('sharing')(value)}
            allowDeselect={false}
          />
          {mode === 'create' ? (
            <Select
              label={t('board.field.lane')}
              data={caseLanes.map((value) => ({ value, label: t(`lane.${value}`) }))}
              value={values.lane}
              onChange={(value) => value && set('lane')(value)}
              allowDeselect={false}
            />
          ) : null}
        </SimpleGrid>
        <CaseRecordFields
          value={values.extras}
          onChange={set('extras')}
          errors={tried ? validateExtras(values.extras, extrasStart(values.occurredAt)) : {}}
          lane={values.lane}
        />
        <Textarea
          label={t('board.field.mo')}
          value={values.mo}
          onChange={(event) => set('mo')(event.currentTarget.value)}
          error={error('mo')}
          autosize
          minRows={2}
          maxRows={5}
        />
        <Textarea
          label={t('board.field.summary')}
          value={values.summary}
          onChange={(event) => set('summary')(event.currentTarget.value)}
          error={error('summary')}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('board.cancel')}
          </Button>
          <Button type="submit" loading={sending}>
            {t(mode === 'create' ? 'board.form.create' : 'board.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
