import { useEffect, useState } from 'react';

/**
 * Threads drawn at once when a day opens: more than a screenful. The rest of the day's page
 * (50 threads) follows as soon as that is painted, so the reader sees the day sooner.
 */
export const firstDrawThreads = 12;

/**
 * The threads to draw: while a day opens, only those in view (the newest for today, which
 * opens at its end; the earliest for another day, which opens at its top), then, two frames
 * later, all of them, and all of them on every later change of that day.
 */
export function useFirstDraw<T>(
  threads: T[],
  date: string,
  { loading, today }: { loading: boolean; today: boolean },
): { drawn: T[]; opening: boolean } {
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const opening = !loading && opened !== date;
  useEffect(() => {
    if (!opening) return undefined;
    // The rest is drawn after the frame that paints the first draw, and the one after it has
    // begun: drawing and laying it out takes tens of ms, which must not delay that paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setOpened(date), 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [opening, date]);
  if (!opening || threads.length <= firstDrawThreads) return { drawn: threads, opening };
  const drawn = today ? threads.slice(-firstDrawThreads) : threads.slice(0, firstDrawThreads);
  return { drawn, opening };
}
