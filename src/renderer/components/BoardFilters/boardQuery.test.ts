import { describe, expect, it } from 'vitest';
import { boardHash, filterOf, parseBoardQuery } from './boardQuery';

describe('board query in the address', () => {
  it('round-trips through the hash and drops what is malformed', () => {
    const query = parseBoardQuery(
      '#/board?ps=Nirsa&priority=urgent&from=2025-01-01&to=bad&suspects=maybe&mo=cut+lock&case=abc',
    );
    expect(query).toEqual({
      ps: 'Nirsa',
      priority: 'urgent',
      from: '2025-01-01',
      mo: 'cut lock',
      case: 'abc',
    });
    expect(parseBoardQuery(boardHash(query))).toEqual(query);
    expect(parseBoardQuery('#token=ab12')).toEqual({});
  });

  it('turns IST calendar days into an inclusive range of epoch ms', () => {
    const filter = filterOf({ from: '2025-01-16', to: '2025-01-16', suspects: 'no' });
    expect(filter.from).toBe(Date.UTC(2025, 0, 15, 18, 30));
    expect(filter.to).toBe(Date.UTC(2025, 0, 16, 18, 30));
    expect(filter.hasSuspects).toBe(false);
  });
});
