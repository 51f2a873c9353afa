import { describe, expect, it } from 'vitest';
import { oneLine } from './oneLine';

describe('oneLine', () => {
  it('makes a newline, a tab or a run of them one space', () => {
    expect(oneLine('Verify the address\nat Kulti\r\n\t today ')).toBe(
      'Verify the address at Kulti today',
    );
    expect(oneLine('line\u2028separator\u0085next')).toBe('line separator next');
  });

  it('strips C0 and C1 controls, so an ANSI escape never reaches the terminal', () => {
    expect(oneLine('\u001b[31mred\u001b[0m\u0007\u009b2J\u007f')).toBe('[31mred[0m2J');
  });

  it('keeps Devanagari and Bengali with their joiners as they are', () => {
    const names = 'क्\u200dष रमेश महतो, র\u200c্যাব রমেশ মাহাতো';
    expect(oneLine(names)).toBe(names);
  });
});
