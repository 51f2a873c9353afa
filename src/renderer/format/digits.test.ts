import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { digitsOf, languages, type Language } from '../i18n/languages';
import { createTranslate, messagesOf } from '../i18n/messages';
import { formatLogDay, formatTimeOfDay } from '../routing/logDate';
import { formatDate, formatDateTime } from './dateTime';
import { formatMoney } from './money';

const latinDigit = /[0-9]/;
const devanagariDigit = /[\u0966-\u096f]/;
const bengaliDigit = /[\u09e6-\u09ef]/;
const otherDigits: Record<Language, RegExp[]> = {
  en: [devanagariDigit, bengaliDigit],
  hi: [devanagariDigit, bengaliDigit],
  bn: [latinDigit, devanagariDigit],
};
const ownDigit: Record<Language, RegExp> = { en: latinDigit, hi: latinDigit, bn: bengaliDigit };

/** Messages that quote what an operator types (FIR numbers, sections, vehicle numbers, keys). */
const typedExamples = new Set([
  'board.form.firNumberHint',
  'board.form.firNumberFormat',
  'board.form.sectionsHint',
  'board.form.sectionFormat',
  'board.vehicles.hint',
  'log.emptyToday',
  'log.compose.hint',
]);

const instant = Date.UTC(2025, 10, 29, 16, 7); // 29 Nov 2025, 21:37 IST

describe('one digit system per language', () => {
  it('is Latin for English and Hindi, Bengali for Bengali', () => {
    expect(digitsOf).toEqual({ en: 'latn', hi: 'latn', bn: 'beng' });
  });

  it.each(languages)('every formatter writes %s numbers in its own digits only', (language) => {
    const t = createTranslate(language);
    const samples = [
      formatDateTime(instant, language),
      formatDate(instant, language),
      formatTimeOfDay(instant, language),
      formatLogDay('2025-11-29', language),
      formatMoney(1_250_000, language),
      formatMoney(45_000, language),
      t('board.laneCount', { count: 1234 }),
    ];
    for (const sample of samples) {
      expect(sample, sample).toMatch(ownDigit[language]);
      for (const other of otherDigits[language]) expect(sample, sample).not.toMatch(other);
    }
  });

  it.each(languages)('the %s messages write no digits of another system', (language) => {
    const wrong: string[] = [];
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      if (typedExamples.has(key)) continue;
      const text = messagesOf[language][key];
      if (otherDigits[language].some((digits) => digits.test(text))) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });
});
