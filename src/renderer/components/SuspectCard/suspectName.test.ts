import { describe, expect, it } from 'vitest';
import { displayName } from './suspectName';

const others = ['Ramesh Mahato', 'রমেশ মাহাতো'];

describe('displayName', () => {
  it('shows the name in the operator’s script, with the recorded one as the original', () => {
    expect(displayName('रमेश महतो', others, 'bn')).toEqual({
      shown: 'রমেশ মাহাতো',
      original: 'रमेश महतो',
    });
    expect(displayName('रमेश महतो', others, 'en')).toEqual({
      shown: 'Ramesh Mahato',
      original: 'रमेश महतो',
    });
  });

  it('shows the recorded name alone when it is already in that script or none other is', () => {
    expect(displayName('रमेश महतो', others, 'hi')).toEqual({
      shown: 'रमेश महतो',
      original: undefined,
    });
    expect(displayName('Sheikh Alam', [], 'bn')).toEqual({
      shown: 'Sheikh Alam',
      original: undefined,
    });
  });
});
