import { Group, MultiSelect, TextInput } from '@mantine/core';
import type { InputOf } from '../../../shared/api/contract';
import type { OfficeView } from '../../../shared/api/views';
import type { LogCategory } from '../../../shared/domain/enums';
import { parseIstDateTime } from '../../../shared/istDate';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import { DateTimeField } from '../DateField/DateField';

/** The addressing of an entry being written, and a request's memo number and due time. */
export interface RequestDraft {
  addressedTo: string[];
  memoNumber: string;
  /** `YYYY-MM-DDTHH:mm` in IST, or `''`. */
  dueAt: string;
}

/** Nothing addressed: the entry is for every office. */
export const emptyRequestDraft: RequestDraft = { addressedTo: [], memoNumber: '', dueAt: '' };

/** Whether a category carries a memo number and a due time. */
export const hasDueTime = (category: LogCategory) => category === 'request';

/**
 * The request part of the `log.post` input, or `'badDue'` when the due time is not later than
 * `now` (a request cannot be overdue the moment it is sent). A reply goes to its thread, so it
 * is addressed to no one; only a request keeps a memo number and due time.
 */
export function requestPayload(
  draft: RequestDraft,
  category: LogCategory,
  now: number,
): Pick<InputOf<'log.post'>, 'addressedTo' | 'memoNumber' | 'dueAt'> | 'badDue' {
  const addressedTo = category === 'reply' ? [] : draft.addressedTo;
  if (!hasDueTime(category)) return { addressedTo, memoNumber: '', dueAt: null };
  const dueAt = draft.dueAt ? parseIstDateTime(draft.dueAt) : null;
  if (dueAt !== null && !(dueAt > now)) return 'badDue';
  return { addressedTo, memoNumber: draft.memoNumber.trim(), dueAt };
}

export interface RequestFieldsProps {
  category: LogCategory;
  value: RequestDraft;
  onChange: (value: RequestDraft) => void;
  /** The offices this one may address (its own left out), named in the operator's language. */
  offices: readonly OfficeView[];
  dueError?: string | undefined;
}

/** "To offices" for any entry but a reply; memo / radiogram number and due time for a request. */
export function RequestFields({
  category,
  value,
  onChange,
  offices,
  dueError,
}: RequestFieldsProps) {
  const { t, language } = useI18n();
  if (category === 'reply') return null;
  return (
    <Group gap="sm" align="flex-start" wrap="wrap" aria-label={t('records.form.requestFields')}>
      <MultiSelect
        size="xs"
        miw={220}
        label={t('records.addressedTo')}
        placeholder={value.addressedTo.length === 0 ? t('records.allOffices') : undefined}
        data={offices.map((office) => ({ value: office.id, label: officeName(office, language) }))}
        value={value.addressedTo}
        onChange={(addressedTo) => onChange({ ...value, addressedTo })}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      {hasDueTime(category) ? (
        <>
          <TextInput
            size="xs"
            label={t('records.memoNumber')}
            value={value.memoNumber}
            maxLength={200}
            onChange={(event) => onChange({ ...value, memoNumber: event.currentTarget.value })}
          />
          <DateTimeField
            size="xs"
            label={t('records.form.dueAt')}
            value={value.dueAt}
            error={dueError}
            onChange={(dueAt) => onChange({ ...value, dueAt })}
          />
        </>
      ) : null}
    </Group>
  );
}
