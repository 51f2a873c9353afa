import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors';
import { en } from './en';
import { languages } from './languages';
import { createTranslate, messagesOf } from './messages';

const englishKeys = Object.keys(en).sort();
const devanagari = /[\u0900-\u097f]/;
const bengali = /[\u0980-\u09ff]/;

describe('translations', () => {
  it.each(languages)('%s has exactly the English keys, none empty', (language) => {
    const messages = messagesOf[language];
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
    for (const key of englishKeys) {
      expect(messages[key as keyof typeof en].trim(), key).not.toBe('');
    }
  });

  it.each(languages)('%s has a message for every error code', (language) => {
    for (const code of errorCodes) {
      const message = messagesOf[language][`error.${code}`];
      expect(message, code).toBeTruthy();
    }
  });

  it('writes Hindi in Devanagari and Bengali in Bengali script', () => {
    for (const key of englishKeys) {
      const k = key as keyof typeof en;
      expect(messagesOf.hi[k], `hi ${key}`).toMatch(devanagari);
      expect(messagesOf.bn[k], `bn ${key}`).toMatch(bengali);
      expect(messagesOf.hi[k], `hi ${key} is a copy of English`).not.toBe(en[k]);
      expect(messagesOf.bn[k], `bn ${key} is a copy of English`).not.toBe(en[k]);
    }
  });

  it.each(languages)('%s keeps the same placeholders as English', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of englishKeys) {
      const k = key as keyof typeof en;
      expect(placeholders(messagesOf[language][k]), key).toEqual(placeholders(en[k]));
    }
  });
});

describe('createTranslate', () => {
  it('fills placeholders and writes numbers in the language digits', () => {
    expect(createTranslate('en')('board.laneCount', { count: 12 })).toBe('Cases: 12');
    expect(createTranslate('bn')('board.laneCount', { count: 12 })).toBe('মামলা: ১২');
    expect(createTranslate('hi')('case.fir', { ps: 'निरसा', number: '45A', year: '2025' })).toBe(
      'निरसा थाना कांड सं. 45A/2025',
    );
    expect(createTranslate('bn')('case.fir', { ps: 'কুলটি', number: '123', year: '2025' })).toBe(
      'কুলটি থানা মামলা নং 123/2025',
    );
  });
});
