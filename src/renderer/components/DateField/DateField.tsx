import { DateInput } from '@mantine/dates';
import 'dayjs/locale/bn';
import 'dayjs/locale/hi';
import { useI18n } from '../../i18n/I18nProvider';
import { indianDateFormat, parseIndianDate } from './indianDate';

export interface DateFieldProps {
  label: string;
  description?: string;
  /** The date as `YYYY-MM-DD` (an IST calendar date), or undefined when empty. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** The latest date that may be picked, `YYYY-MM-DD`. */
  maxDate?: string;
  clearable?: boolean;
  size?: 'xs' | 'sm';
  className?: string;
  w?: number;
  error?: string;
}

/**
 * A date typed or picked as dd/mm/yyyy in every language (not the browser's mm/dd/yyyy), with
 * the calendar's month and day names in the operator's language.
 */
export function DateField({
  label,
  description,
  value,
  onChange,
  maxDate,
  clearable,
  size,
  className,
  w,
  error,
}: DateFieldProps) {
  const { language, t } = useI18n();
  return (
    <DateInput
      label={label}
      description={description}
      value={value ?? null}
      onChange={(next) => onChange(next ? next.slice(0, 10) : undefined)}
      valueFormat={indianDateFormat}
      dateParser={parseIndianDate}
      placeholder={t('date.placeholder')}
      locale={language}
      maxDate={maxDate}
      clearable={clearable}
      size={size}
      className={className}
      w={w}
      error={error}
      popoverProps={{ withinPortal: true }}
    />
  );
}
