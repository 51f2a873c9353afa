import {
  Alert,
  Button,
  FileButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { sexes, sharingScopes, suspectStatuses } from '../../../shared/domain/enums';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { DateField } from '../DateField/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import {
  todayInIndia,
  validateSuspectForm,
  type SuspectFormErrors,
  type SuspectFormField,
  type SuspectFormValues,
  type SuspectInput,
} from './suspectForm';

export interface SuspectFormProps {
  initial: SuspectFormValues;
  submitLabel: MessageKey;
  /** Offer a photo picker (new dossiers; an open dossier has its carousel). */
  withPhoto?: boolean;
  /** Saves; a thrown call error is shown with its translated message. */
  onSubmit: (input: SuspectInput, photo: File | undefined) => Promise<void>;
  onCancel: () => void;
}

const textFields: Array<{ field: SuspectFormField; label: MessageKey; long?: boolean }> = [
  { field: 'fatherName', label: 'gallery.form.fatherName' },
  { field: 'gang', label: 'gallery.form.gang' },
  { field: 'age', label: 'gallery.form.age' },
  { field: 'dateOfBirth', label: 'gallery.form.dateOfBirth' },
  { field: 'heightCm', label: 'gallery.form.heightCm' },
  { field: 'build', label: 'gallery.form.build' },
  { field: 'reward', label: 'gallery.form.reward' },
];
const longFields: Array<{ field: SuspectFormField; label: MessageKey }> = [
  { field: 'address', label: 'gallery.form.address' },
  { field: 'marks', label: 'gallery.form.marks' },
  { field: 'mo', label: 'gallery.form.mo' },
];
const listFields: Array<{ field: SuspectFormField; label: MessageKey }> = [
  { field: 'otherNames', label: 'gallery.form.otherNames' },
  { field: 'aliases', label: 'gallery.form.aliases' },
  { field: 'phones', label: 'gallery.form.phones' },
  { field: 'vehicles', label: 'gallery.form.vehicles' },
];
const numeric = new Set<SuspectFormField>(['age', 'heightCm', 'reward']);

/** The suspect form, new or edit: checked field by field before anything is sent. */
export function SuspectForm({
  initial,
  submitLabel,
  withPhoto,
  onSubmit,
  onCancel,
}: SuspectFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<SuspectFormErrors>({});
  const [photo, setPhoto] = useState<File | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);

  const set = <F extends SuspectFormField>(field: F, value: SuspectFormValues[F]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const errorOf = (field: SuspectFormField) => {
    const error = errors[field];
    return error ? t(error.key, error.params) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateSuspectForm(values, todayInIndia());
    setErrors(checked.errors);
    setFailure(undefined);
    if (!checked.input) return;
    setSaving(true);
    try {
      await onSubmit(checked.input, photo ?? undefined);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  const invalid = Object.keys(errors).length > 0;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {invalid ? (
          <Alert color="red" variant="light" role="alert">
            {t('gallery.form.invalid')}
          </Alert>
        ) : null}
        <TextInput
          label={t('gallery.form.name')}
          description={t('gallery.form.nameHint')}
          required
          data-autofocus
          value={values.name}
          error={errorOf('name')}
          onChange={(event) => set('name', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          {textFields.map(({ field, label }) =>
            field === 'dateOfBirth' ? (
              <DateField
                key={field}
                label={t(label)}
                description={t('gallery.form.dateOfBirthHint')}
                value={values.dateOfBirth || undefined}
                error={errorOf(field)}
                onChange={(value) => set(field, value ?? '')}
                clearable
              />
            ) : (
              <TextInput
                key={field}
                label={t(label)}
                inputMode={numeric.has(field) ? 'numeric' : undefined}
                value={values[field] as string}
                error={errorOf(field)}
                onChange={(event) => set(field, event.currentTarget.value)}
              />
            ),
          )}
          <Select
            label={t('gallery.form.sex')}
            data={sexes.map((sex) => ({ value: sex, label: t(`gallery.sex.${sex}`) }))}
            value={values.sex}
            allowDeselect={false}
            onChange={(value) => value && set('sex', value)}
          />
          <Select
            label={t('gallery.form.status')}
            data={suspectStatuses.map((status) => ({
              value: status,
              label: t(`gallery.status.${status}`),
            }))}
            value={values.status}
            allowDeselect={false}
            onChange={(value) => value && set('status', value)}
          />
          <Select
            label={t('gallery.form.sharing')}
            data={sharingScopes.map((scope) => ({
              value: scope,
              label: t(scope === 'network' ? 'case.shared' : 'case.localOnly'),
            }))}
            value={values.sharing}
            allowDeselect={false}
            onChange={(value) => value && set('sharing', value)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {listFields.map(({ field, label }) => (
            <TagsInput
              key={field}
              label={t(label)}
              description={t('gallery.form.listHint')}
              value={values[field] as string[]}
              error={errorOf(field)}
              onChange={(value) => set(field, value)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          {longFields.map(({ field, label }) => (
            <Textarea
              key={field}
              label={t(label)}
              autosize
              minRows={2}
              maxRows={5}
              value={values[field] as string}
              error={errorOf(field)}
              onChange={(event) => set(field, event.currentTarget.value)}
            />
          ))}
        </SimpleGrid>
        {withPhoto ? (
          <Group gap="sm">
            <FileButton onChange={setPhoto} accept="image/jpeg,image/png,image/webp">
              {(props) => (
                <Button variant="default" {...props}>
                  {t('gallery.form.choosePhoto')}
                </Button>
              )}
            </FileButton>
            <Text size="sm" c="dimmed" data-testid="chosen-photo">
              {photo ? photo.name : ''}
            </Text>
          </Group>
        ) : null}
        {failure ? <ErrorAlert error={failure} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('gallery.form.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t(submitLabel)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
