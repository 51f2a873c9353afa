import {
  Accordion,
  Alert,
  Button,
  FileButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { relations, sexes, sharingScopes, suspectStatuses } from '../../../shared/domain/enums';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import {
  SuspectFields,
  sectionsWith,
  suspectFormSections,
  type FieldSpec,
} from './SuspectFormFields';
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

/** What an operator types first; the rest of the history sheet is in the sections below. */
const firstFields: FieldSpec[] = [
  { field: 'fatherName', label: 'gallery.form.fatherName', kind: 'text' },
  { field: 'age', label: 'gallery.form.age', kind: 'number' },
];
const firstLists: FieldSpec[] = [
  { field: 'aliases', label: 'gallery.form.aliases', kind: 'list' },
  { field: 'otherNames', label: 'gallery.form.otherNames', kind: 'list' },
  { field: 'phones', label: 'gallery.form.phones', kind: 'list' },
];

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
  const [opened, setOpened] = useState<string[]>([]);

  const set = <F extends SuspectFormField>(field: F, value: SuspectFormValues[F]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const setAny = (field: SuspectFormField, value: string | string[]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const errorOf = (field: SuspectFormField) => {
    const error = errors[field];
    return error ? t(error.key, error.params) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateSuspectForm(values, todayInIndia());
    setErrors(checked.errors);
    const toOpen = sectionsWith(Object.keys(checked.errors));
    setOpened((current) => [...new Set([...current, ...toOpen])]);
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
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Select
            label={t('records.relation')}
            data={relations.map((relation) => ({
              value: relation,
              label: t(relation ? `records.relation.${relation}` : 'records.relation.none'),
            }))}
            value={values.relation}
            allowDeselect={false}
            onChange={(value) => set('relation', value ?? '')}
          />
          {firstFields.map(({ field, label, kind }) => (
            <TextInput
              key={field}
              label={t(label)}
              inputMode={kind === 'number' ? 'numeric' : undefined}
              value={values[field] as string}
              error={errorOf(field)}
              onChange={(event) => setAny(field, event.currentTarget.value)}
            />
          ))}
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
        <SuspectFields specs={firstLists} values={values} set={setAny} errorOf={errorOf} />
        <Textarea
          label={t('gallery.form.address')}
          autosize
          minRows={2}
          maxRows={5}
          value={values.address}
          error={errorOf('address')}
          onChange={(event) => set('address', event.currentTarget.value)}
        />
        <Text size="sm">{t('records.form.moreHint')}</Text>
        <Accordion multiple value={opened} onChange={setOpened} variant="contained">
          {suspectFormSections.map((section) => (
            <Accordion.Item key={section.id} value={section.id}>
              <Accordion.Control>{t(section.title)}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <SuspectFields
                    specs={section.fields}
                    values={values}
                    set={setAny}
                    errorOf={errorOf}
                  />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
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
