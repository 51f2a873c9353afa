import { describe, expect, it } from 'vitest';
import { createTranslate } from '../i18n/messages';
import { mentionOptionLabel } from './caseTitle';

const option = {
  id: 'jh-dhanbad:c1',
  kind: 'case' as const,
  label: 'Nirsa PS Case No. 12/2025 · theft',
  caseNumber: { policeStation: 'Nirsa', firNumber: '12', firYear: 2025, crimeHead: 'theft' },
};

describe('a # suggestion', () => {
  it('names the case by its station and number, with the crime head, in the operator’s language', () => {
    expect(mentionOptionLabel(createTranslate('en'), 'en', option)).toBe(
      'Nirsa PS Case No. 12/2025 · Theft',
    );
    expect(mentionOptionLabel(createTranslate('hi'), 'hi', option)).toMatch(
      /^निरसा थाना कांड सं\. 12\/2025 · /,
    );
  });

  it('shows a suspect as core named them', () => {
    const suspect = { id: 's1', kind: 'suspect' as const, label: 'Ram Kumar (s/o Shyam)' };
    expect(mentionOptionLabel(createTranslate('bn'), 'bn', suspect)).toBe('Ram Kumar (s/o Shyam)');
  });
});
