import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Alphabet } from '../../shared/domain/ids';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from './recoveryKey';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('recovery key', () => {
  it('is printed as eight groups of four and a checksum group', () => {
    const { text, bytes } = newRecoveryKey();
    expect(text).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(bytes).toHaveLength(20);
    expect(parseRecoveryKey(text)).toEqual(bytes);
  });

  it('reads back whatever 160 bits it printed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        expect(parseRecoveryKey(formatRecoveryKey(bytes))).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it('tolerates lower case, spaces, missing dashes and O/I/L look-alikes', () => {
    const bytes = Buffer.from('00112233445566778899aabbccddeeff01234567', 'hex');
    const text = formatRecoveryKey(bytes);
    expect(parseRecoveryKey(text.toLowerCase())).toEqual(bytes);
    expect(parseRecoveryKey(text.replace(/-/g, ''))).toEqual(bytes);
    expect(parseRecoveryKey(` ${text.replace(/-/g, ' ')}  `)).toEqual(bytes);
    expect(parseRecoveryKey(text.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual(bytes);
  });

  it('calls any single mistyped character, a swap, a missing or an extra group malformed', () => {
    const bytes = Buffer.from('f00dfeedc0ffee00112233445566778899aabbcc', 'hex');
    const compact = formatRecoveryKey(bytes).replace(/-/g, '');
    for (let position = 0; position < compact.length; position += 1) {
      for (const char of base32Alphabet) {
        if (char === compact[position]) continue;
        const typo = compact.slice(0, position) + char + compact.slice(position + 1);
        expect(codeOf(() => parseRecoveryKey(typo))).toBe('RECOVERY_KEY_MALFORMED');
      }
    }
    const swapped = compact[1]! + compact[0]! + compact.slice(2);
    if (swapped !== compact)
      expect(codeOf(() => parseRecoveryKey(swapped))).toBe('RECOVERY_KEY_MALFORMED');
    expect(codeOf(() => parseRecoveryKey(compact.slice(4)))).toBe('RECOVERY_KEY_MALFORMED');
    expect(codeOf(() => parseRecoveryKey(`${compact}ABCD`))).toBe('RECOVERY_KEY_MALFORMED');
    expect(codeOf(() => parseRecoveryKey('my passphrase'))).toBe('RECOVERY_KEY_MALFORMED');
    expect(codeOf(() => parseRecoveryKey(''))).toBe('RECOVERY_KEY_MALFORMED');
  });
});
