import { DateInput } from '@mantine/dates';
import 'dayjs/locale/bn';
import 'dayjs/locale/hi';
import { dateTimeFormat, keptIn } from '../../format/formatters';
import { useI18n } from '../../i18n/I18nProvider';
import { digitsOf, type Language } from '../../i18n/languages';
import { inDigits, parseIndianDate, parseIndianDateTime, showIndianDate } from './indianDate';

/**
 * What makes the input and its calendar write numbers in the language's digits (Bengali digits
 * in Bengali): the value, the month and year headings, the years and the days. Mantine writes
 * them with dayjs, which knows no digit systems, so each is given as a function. Built once per
 * language: the log and the board's filters draw a date field on each of their renders.
 */
function buildDigitProps(language: Language, withTime: boolean) {
  const digits = digitsOf[language];
  const heading = dateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const at = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const year = (date: string) => inDigits(date.slice(0, 4), digits);
  return {
    valueFormat: (value: string) => showIndianDate(value, digits, withTime),
    monthLabelFormat: (date: string) => heading.format(at(date)),
    yearLabelFormat: year,
    yearsListFormat: year,
    decadeLabelFormat: (start: string, end: string) => `${year(start)} – ${year(end)}`,
    renderDay: (date: string) => inDigits(String(Number(date.slice(8, 10))), digits),
  };
}

const builtDigitProps = new Map<string, ReturnType<typeof buildDigitProps>>();

const digitProps = (language: Language, withTime: boolean) =>
  keptIn(builtDigitProps, `${language} ${withTime}`, () => buildDigitProps(language, withTime));

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
      {...digitProps(language, false)}
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

export interface DateTimeFieldProps extends Omit<DateFieldProps, 'value' | 'onChange' | 'maxDate'> {
  /** Date and time as `YYYY-MM-DDTHH:mm` in IST (a datetime-local value), or `''`. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** Marks the input, so a form can focus its first invalid field. */
  'data-field'?: string;
}

/** A date with its 24-hour IST time, typed or picked as dd/mm/yyyy HH:mm in every language. */
export function DateTimeField({
  value,
  onChange,
  required,
  'data-field': dataField,
  ...rest
}: DateTimeFieldProps) {
  const { language, t } = useI18n();
  return (
    <DateInput
      label={rest.label}
      description={rest.description}
      error={rest.error}
      required={required}
      value={value ? `${value.replace('T', ' ')}:00` : null}
      onChange={(next) => onChange(next ? next.slice(0, 16).replace(' ', 'T') : '')}
      {...digitProps(language, true)}
      dateParser={parseIndianDateTime}
      withTime
      data-field={dataField}
      placeholder={t('date.timePlaceholder')}
      locale={language}
      size={rest.size}
      className={rest.className}
      popoverProps={{ withinPortal: true }}
    />
  );
}
