import { Text, TextInput } from '@mantine/core';
import { parseSections, sectionDateWarning } from '../../../shared/domain/sections';
import { useI18n } from '../../i18n/I18nProvider';
import { parseIstLocal } from './caseFormValues';

export interface SectionsInputProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** The occurrence time as typed, for the IPC/BNS warning. */
  occurredAt: string;
}

/**
 * Sections as the FIR writes them, with what they were read as beneath, and a warning (never a
 * refusal) when the code does not fit the date of the offence.
 */
export function SectionsInput({ value, onChange, error, occurredAt }: SectionsInputProps) {
  const { t } = useI18n();
  const parsed = parseSections(value);
  const at = parseIstLocal(occurredAt);
  const warning = Number.isNaN(at) ? undefined : sectionDateWarning(parsed.sections, at);
  return (
    <div>
      <TextInput
        label={t('records.sectionsWritten')}
        description={t('records.sectionsHint')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        data-field="sections"
        required
      />
      {parsed.sections.length > 0 ? (
        <Text size="xs" mt={4} data-testid="sections-read">
          {t('records.sectionsRead', { sections: parsed.sections.join(', ') })}
        </Text>
      ) : null}
      {parsed.unreadable.length > 0 ? (
        <Text size="xs" c="red.9" mt={2}>
          {t('records.sectionsUnreadable', { text: parsed.unreadable.join(', ') })}
        </Text>
      ) : null}
      {warning ? (
        <Text size="xs" c="orange.9" mt={2} role="status">
          {t(`records.warning.${warning}`)}
        </Text>
      ) : null}
    </div>
  );
}
