import { describe, expect, it } from 'vitest';
import { recoveryKeyGroups } from './recoveryKeyGroups';

describe('recoveryKeyGroups', () => {
  it("keeps the key's own groups", () => {
    expect(recoveryKeyGroups('ABCD-EFGH-JKMN')).toEqual(['ABCD', 'EFGH', 'JKMN']);
    expect(recoveryKeyGroups(' ABCDE FGHJK ')).toEqual(['ABCDE', 'FGHJK']);
  });

  it('cuts a key without separators into groups of four', () => {
    expect(recoveryKeyGroups('ABCDEFGHJK')).toEqual(['ABCD', 'EFGH', 'JK']);
  });
});
