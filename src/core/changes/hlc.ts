import type { WallClock } from '../wallClock';

/**
 * Hybrid logical clock (Kulkarni et al.): stamps that follow wall time but never go backwards
 * and always exceed every stamp this node has seen, so a node whose clock is a day behind
 * still orders its new edits after the changes it has received.
 *
 * A stamp is text that sorts in time order: 15-digit wall milliseconds, '.', 6-digit counter.
 * Last-writer-wins compares `stamp|origin`, so equal stamps are ordered by node id.
 */
export interface Hlc {
  /** A new stamp for a local change. */
  next(): string;
  /** Moves the clock past a stamp received from another node. */
  observe(stamp: string): void;
}

const stampPattern = /^(\d{15})\.(\d{6})$/;
const maxCounter = 999_999;

export function formatStamp(wall: number, counter: number): string {
  return `${String(wall).padStart(15, '0')}.${String(counter).padStart(6, '0')}`;
}

/** Wall and counter of a stamp, or undefined if it is malformed. */
export function parseStamp(stamp: string): { wall: number; counter: number } | undefined {
  const match = stampPattern.exec(stamp);
  if (!match) return undefined;
  return { wall: Number(match[1]), counter: Number(match[2]) };
}

/** Wall milliseconds of a well-formed stamp. */
export function stampWall(stamp: string): number {
  return Number(stamp.slice(0, 15));
}

export function createHlc(clock: WallClock, last = formatStamp(0, 0)): Hlc {
  let { wall: lastWall, counter: lastCounter } = parseStamp(last) ?? { wall: 0, counter: 0 };
  return {
    next() {
      const now = clock.now();
      if (now > lastWall) {
        lastWall = now;
        lastCounter = 0;
      } else if (lastCounter < maxCounter) {
        lastCounter += 1;
      } else {
        // The counter is six digits: past it, borrow the next millisecond.
        lastWall += 1;
        lastCounter = 0;
      }
      return formatStamp(lastWall, lastCounter);
    },
    observe(stamp) {
      const seen = parseStamp(stamp);
      if (!seen) return;
      if (seen.wall > lastWall || (seen.wall === lastWall && seen.counter > lastCounter)) {
        lastWall = seen.wall;
        lastCounter = seen.counter;
      }
    },
  };
}

/** The order key of last-writer-wins: stamp, then node id for equal stamps. */
export function orderKey(change: { hlc: string; origin: string }): string {
  return `${change.hlc}|${change.origin}`;
}
