import { describe, expect, it } from 'vitest';
import type { CallMessage } from '../../shared/api/bridge';
import { createCallOrder } from './callOrder';

const message = (id: number, method: string): CallMessage => ({
  type: 'call',
  id,
  method,
  input: {},
});
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the order the core worker runs calls in', () => {
  it('runs a board asked for after a screenful of thumbnails before them, and every thumbnail after', async () => {
    const ran: string[] = [];
    const call = createCallOrder(({ id, method }) => ran.push(`${method}#${String(id)}`));
    for (let id = 1; id <= 3; id += 1) call(message(id, 'photos.get'));
    call(message(4, 'cases.board'));
    expect(ran).toEqual(['cases.board#4']);
    for (let round = 0; round < 5; round += 1) await turn();
    expect(ran).toEqual(['cases.board#4', 'photos.get#1', 'photos.get#2', 'photos.get#3']);
  });

  it('lets a call that arrives between two thumbnails go first', async () => {
    const ran: string[] = [];
    const call = createCallOrder(({ method }) => ran.push(method));
    call(message(1, 'photos.get'));
    call(message(2, 'photos.get'));
    await turn();
    call(message(3, 'log.day'));
    for (let round = 0; round < 5; round += 1) await turn();
    expect(ran).toEqual(['photos.get', 'log.day', 'photos.get']);
  });
});
