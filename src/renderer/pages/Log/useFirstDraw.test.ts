import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firstDrawThreads, useFirstDraw } from './useFirstDraw';

const threads = Array.from({ length: 30 }, (_, index) => index);

describe('useFirstDraw', () => {
  it('opens today with its newest threads, then draws the whole page', async () => {
    const { result } = renderHook(() =>
      useFirstDraw(threads, '2026-11-30', { loading: false, today: true }),
    );
    expect(result.current.drawn).toEqual(threads.slice(-firstDrawThreads));
    await waitFor(() => expect(result.current.drawn).toEqual(threads));
    expect(result.current.opening).toBe(false);
  });

  it('opens another day with its earliest threads, at the top where it opens', () => {
    const { result } = renderHook(() =>
      useFirstDraw(threads, '2026-11-29', { loading: false, today: false }),
    );
    expect(result.current.drawn).toEqual(threads.slice(0, firstDrawThreads));
  });

  it('draws every thread of a day once it is open, and the next day again a screenful first', async () => {
    const { result, rerender } = renderHook(
      ({ list, date }) => useFirstDraw(list, date, { loading: false, today: false }),
      { initialProps: { list: threads.slice(0, 5), date: '2026-11-29' } },
    );
    await waitFor(() => expect(result.current.opening).toBe(false));
    rerender({ list: threads, date: '2026-11-29' });
    expect(result.current.drawn).toEqual(threads);
    rerender({ list: threads, date: '2026-11-28' });
    expect(result.current.drawn).toHaveLength(firstDrawThreads);
  });

  it('draws nothing early while the day loads', () => {
    const { result } = renderHook(() =>
      useFirstDraw([] as number[], '2026-11-29', { loading: true, today: false }),
    );
    expect(result.current).toEqual({ drawn: [], opening: false });
  });
});
