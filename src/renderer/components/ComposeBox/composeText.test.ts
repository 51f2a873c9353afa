import { describe, expect, it } from 'vitest';
import {
  categoryOfKey,
  categoryPrefix,
  insertMention,
  mentionAt,
  mentionsKept,
  mentionToken,
  vehiclesIn,
} from './composeText';

describe('category keys', () => {
  it('maps Alt+1…8 (top row or keypad) to the eight categories in order', () => {
    expect(categoryOfKey('Digit1')).toBe('incident');
    expect(categoryOfKey('Digit2')).toBe('lookout');
    expect(categoryOfKey('Numpad3')).toBe('request');
    expect(categoryOfKey('Digit8')).toBe('handover');
    expect(categoryOfKey('Digit9')).toBeUndefined();
    expect(categoryOfKey('KeyA')).toBeUndefined();
  });

  it('reads a /N or /word prefix and strips it from the text', () => {
    expect(categoryPrefix('/2 Bike thief seen')).toEqual({
      category: 'lookout',
      rest: 'Bike thief seen',
    });
    expect(categoryPrefix('/req please verify')).toEqual({
      category: 'request',
      rest: 'please verify',
    });
    expect(categoryPrefix('/xyz text')).toBeUndefined();
    expect(categoryPrefix('/2')).toBeUndefined();
    expect(categoryPrefix('1/2 of the team')).toBeUndefined();
  });
});

describe('vehiclesIn', () => {
  it('finds registration numbers however they are written, normalised and once each', () => {
    expect(
      vehiclesIn('Black Bolero JH-10-AB-1234 then jh10ab1234, and a bike wb 02 ak 77 at NH-19'),
    ).toEqual(['JH-10-AB-1234', 'WB-02-AK-0077']);
  });

  it('leaves out road numbers, FIR numbers and unknown state codes', () => {
    expect(vehiclesIn('NH-19 near FIR 12/2025, XX 10 AB 1234, 11:00')).toEqual([]);
  });

  it('keeps Bharat-series numbers', () => {
    expect(vehiclesIn('car 22 BH 1234 AA')).toEqual(['22-BH-1234-AA']);
  });
});

describe('mentions', () => {
  it('finds the # or @ being typed before the caret', () => {
    expect(mentionAt('see #12', 7)).toEqual({ kind: 'case', start: 4, query: '12' });
    expect(mentionAt('@', 1)).toEqual({ kind: 'suspect', start: 0, query: '' });
    expect(mentionAt('suspect @Ram Ku', 15)).toEqual({
      kind: 'suspect',
      start: 8,
      query: 'Ram Ku',
    });
    expect(mentionAt('mail a@b', 8)).toBeUndefined();
    expect(mentionAt('@Ram ', 5)).toBeUndefined();
    expect(mentionAt('#12 stolen', 10)).toBeUndefined();
  });

  it('inserts the short label of the pick and moves the caret after it', () => {
    const text = 'see #12 today';
    const token = mentionAt(text, 7);
    if (!token) throw new Error('no token');
    const inserted = mentionToken('case', 'FIR 12/2025 · Nirsa · Theft');
    expect(inserted).toBe('#FIR 12/2025');
    expect(insertMention(text, token, 7, inserted)).toEqual({
      text: 'see #FIR 12/2025 today',
      caret: 17,
    });
    expect(insertMention('@ra', { kind: 'suspect', start: 0, query: 'ra' }, 3, '@Ram')).toEqual({
      text: '@Ram ',
      caret: 5,
    });
    expect(mentionToken('suspect', 'Ram Kumar (s/o Shyam)')).toBe('@Ram Kumar');
  });

  it('keeps only the mentions whose words are still in the text', () => {
    const ram = { kind: 'suspect' as const, id: 's1', label: 'Ram', token: '@Ram' };
    const fir = { kind: 'case' as const, id: 'c1', label: 'FIR 1/2025', token: '#FIR 1/2025' };
    expect(mentionsKept('@Ram seen', [ram, fir, ram])).toEqual([ram]);
  });
});
