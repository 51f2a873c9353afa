import type { CallMessage } from '../../shared/api/bridge';

/**
 * Calls that yield to every other: a photo read. A screen asks for a board's worth of
 * thumbnails as its cards appear; when the operator changes a filter just after, the new
 * board's call was answered only once every thumbnail ahead of it had been read (seen: 50 ms
 * of a filter's repaint). Background calls run one per turn of the event loop, after the
 * calls that arrived meanwhile.
 */
const background = new Set<string>(['photos.get']);

/**
 * Runs each call as it arrives, except background ones, which wait in order until no other
 * call is waiting. `run` starts a call (its answer is posted by `run` itself).
 */
export function createCallOrder(run: (call: CallMessage) => void): (call: CallMessage) => void {
  const waiting: CallMessage[] = [];
  let scheduled = false;
  const next = () => {
    const call = waiting.shift();
    if (call) run(call);
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(next);
  };
  return (call) => {
    if (!background.has(call.method)) {
      run(call);
      return;
    }
    waiting.push(call);
    if (!scheduled) {
      scheduled = true;
      setImmediate(next);
    }
  };
}
