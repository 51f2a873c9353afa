/** The error a call dropped by `latestOnly` settles with: a newer one took its place unsent. */
export class Superseded extends Error {
  constructor() {
    super('SUPERSEDED');
    this.name = 'Superseded';
  }
}

/** Runs tasks one at a time, each call dropping the waiting one (if any) for itself. */
export type LatestOnly = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Keeps at most one task running and one waiting: a task started while another runs waits for
 * it, and replaces (rejects with `Superseded`) any task already waiting. Core answers calls in
 * turn, so a burst of filter changes would otherwise queue a board query per keystroke, each
 * one delaying the one the operator is waiting for.
 */
export function latestOnly(): LatestOnly {
  let running = false;
  let waiting: { start: () => void; drop: () => void } | undefined;
  const startNext = () => {
    running = false;
    const next = waiting;
    waiting = undefined;
    next?.start();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const start = () => {
        running = true;
        // Called at once; a task that throws rather than rejects still lets the next one start.
        const answer = (async () => task())();
        answer.then(resolve, reject).finally(startNext);
      };
      if (!running) {
        start();
        return;
      }
      waiting?.drop();
      waiting = { start, drop: () => reject(new Superseded()) };
    });
}
