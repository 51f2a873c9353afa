import { describe, expect, it } from 'vitest';
import { nfcDeep, toNfc } from './nfc';

const zaPrecomposed = '\u095B'; // ज़ as one code point
const zaDecomposed = '\u091C\u093C'; // ज + nukta
const yaPrecomposed = '\u09DF'; // য় as one code point
const yaDecomposed = '\u09AF\u09BC'; // য + nukta

describe('toNfc', () => {
  it('gives the two keyboard forms of ज़ and of য় one spelling', () => {
    expect(zaPrecomposed).not.toBe(zaDecomposed);
    expect(toNfc(`${zaPrecomposed}ाकिर`)).toBe(toNfc(`${zaDecomposed}ाकिर`));
    expect(toNfc(`বিজ${yaPrecomposed}`)).toBe(toNfc(`বিজ${yaDecomposed}`));
  });
});

describe('nfcDeep', () => {
  it('normalises strings inside objects and arrays, leaving other values and keys', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const input = {
      name: `${zaPrecomposed}ाकिर`,
      aliases: [`মিঠু${yaPrecomposed}`],
      fields: { place: `${zaPrecomposed}`, age: 31, sure: true, none: null },
      bytes,
    };
    const output = nfcDeep(input);
    expect(output).toEqual({
      name: toNfc(`${zaDecomposed}ाकिर`),
      aliases: [toNfc(`মিঠু${yaDecomposed}`)],
      fields: { place: toNfc(zaDecomposed), age: 31, sure: true, none: null },
      bytes,
    });
    expect(output.bytes).toBe(bytes);
    expect(input.name).toBe(`${zaPrecomposed}ाकिर`);
  });
});
