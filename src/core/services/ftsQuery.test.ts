import { describe, expect, it } from 'vitest';
import { ftsQuery } from './ftsQuery';

describe('ftsQuery', () => {
  it('quotes each word and makes the last a prefix', () => {
    expect(ftsQuery('chain snat')).toBe('"chain" "snat"*');
    expect(ftsQuery('NEAR(x "y") OR *')).toBe('"NEAR" "x" "y" "OR"*');
    expect(ftsQuery('chain a')).toBe('"chain" "a"');
    expect(ftsQuery(' —, ')).toBeUndefined();
  });

  it('asks for a word typed more than once only once', () => {
    expect(ftsQuery('chain chain chain')).toBe('"chain"');
    expect(ftsQuery('Chain snatching chain')).toBe('"Chain" "snatching"');
    expect(ftsQuery('chain gold chain snat')).toBe('"chain" "gold" "snat"*');
    expect(ftsQuery('চেন চেন ছিনতাই')).toBe('"চেন" "ছিনতাই"*');
  });

  it('keeps at most 12 distinct words, the one being typed among them', () => {
    const many = Array.from({ length: 15 }, (_, index) => `w${index}`);
    const query = ftsQuery(['w0', 'w0', ...many].join(' '));
    expect(query?.split(' ')).toEqual([...many.slice(0, 11).map((word) => `"${word}"`), '"w14"*']);
  });
});
