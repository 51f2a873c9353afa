import { localeOf, type Language } from '../i18n/languages';

const lakh = 100_000;
const crore = 10_000_000;

const unitWords: Record<Language, { lakh: string; crore: string }> = {
  en: { lakh: 'lakh', crore: 'crore' },
  hi: { lakh: 'लाख', crore: 'करोड़' },
  bn: { lakh: 'লাখ', crore: 'কোটি' },
};

/** One number formatter per language, built once: building them is the costly part. */
const numberFormats = new Map<Language, Intl.NumberFormat>();

function numberFormatOf(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format;
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Rupees as a control room reads them: `₹45,000`, `₹12.5 lakh`, `₹1.2 crore`, `₹1,250 crore`.
 * Below one lakh the full amount with Indian grouping; above, at most two decimals of the
 * unit. Digits follow the language's locale (Bengali digits in Bengali).
 */
export function formatMoney(rupees: number, language: Language): string {
  const sign = rupees < 0 ? '-' : '';
  const amount = Math.abs(rupees);
  const number = numberFormatOf(language);
  const words = unitWords[language];
  if (roundTo(amount, 0) < lakh) return `${sign}₹${number.format(roundTo(amount, 0))}`;
  const inLakh = roundTo(amount / lakh, 2);
  // 99,99,999 rounds to "100 lakh": say "1 crore" instead.
  if (inLakh < 100) return `${sign}₹${number.format(inLakh)} ${words.lakh}`;
  return `${sign}₹${number.format(roundTo(amount / crore, 2))} ${words.crore}`;
}
