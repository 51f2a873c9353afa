import { isErrorCode } from '../../../shared/errors';
import type { Translate } from '../../i18n/messages';

/** A sync failure code in the operator's language; an unknown code is shown as it is. */
export function codeText(code: string, t: Translate): string {
  return isErrorCode(code) ? t(`error.${code}`) : code;
}

/** Bytes as KB/MB/GB with the language's digits. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit] ?? ''}`;
}
