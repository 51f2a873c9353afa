import { describe, expect, it } from 'vitest';
import { latestOnly, Superseded } from './latestOnly';

/** A call to core that the test answers by hand, recording what was sent. */
function fakeCore() {
  const sent: string[] = [];
  const answers: Array<() => void> = [];
  const call = (name: string) => () => {
    sent.push(name);
    return new Promise<string>((resolve) => answers.push(() => resolve(name)));
  };
  return { sent, call, answerNext: () => answers.shift()?.() };
}

describe('latestOnly', () => {
  it('sends a call at once when none is running', async () => {
    const core = fakeCore();
    const run = latestOnly();
    const answer = run(core.call('urgent'));
    expect(core.sent).toEqual(['urgent']);
    core.answerNext();
    await expect(answer).resolves.toBe('urgent');
  });

  it('while one call runs, sends only the newest of those asked for meanwhile', async () => {
    const core = fakeCore();
    const run = latestOnly();
    const first = run(core.call('q=t'));
    const second = run(core.call('q=th'));
    const third = run(core.call('q=the'));
    await expect(second).rejects.toBeInstanceOf(Superseded);
    expect(core.sent).toEqual(['q=t']);
    core.answerNext();
    await expect(first).resolves.toBe('q=t');
    expect(core.sent).toEqual(['q=t', 'q=the']);
    core.answerNext();
    await expect(third).resolves.toBe('q=the');
  });

  it('goes on after a call fails', async () => {
    const run = latestOnly();
    await expect(run(() => Promise.reject(new Error('NOT_FOUND')))).rejects.toThrow('NOT_FOUND');
    await expect(run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
