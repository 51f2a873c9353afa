import type { Refusal } from './transport';

/** How often one peer's refusals are written down: once per this window, with a count. */
export const refusalWindowMs = 60_000;

/**
 * Rate-limits the logging of refused connections: the first refusal of a peer (by node id,
 * or by address when it presented no key) is written at once; further ones within the
 * minute are only counted, and written as one line with the count when the next refusal
 * comes after the minute, or on `flush`. `write` gets the refusal and how many it stands for.
 */
export function createRefusalLog(
  write: (refusal: Refusal, attempts: number) => void,
  now: () => number = Date.now,
) {
  const windows = new Map<string, { since: number; counted: number; last: Refusal }>();
  return {
    /** Notes one refusal. */
    refused(refusal: Refusal): void {
      const key = `${refusal.peer || refusal.address.replace(/:\d+$/, '')}|${refusal.code}`;
      const window = windows.get(key);
      const at = now();
      if (window && at - window.since < refusalWindowMs) {
        window.counted += 1;
        window.last = refusal;
        return;
      }
      if (window && window.counted > 0) write(window.last, window.counted);
      windows.set(key, { since: at, counted: 0, last: refusal });
      write(refusal, 1);
    },
    /** Writes what was counted and not yet written (on stop). */
    flush(): void {
      for (const window of windows.values())
        if (window.counted > 0) write(window.last, window.counted);
      windows.clear();
    },
  };
}
