import type { Client } from '../../shared/api/client';
import type { InputOf, Method, ResultOf } from '../../shared/api/contract';

/**
 * A call asked for in the address's change event, before the screen that needs it is drawn:
 * taking down one screen and drawing the next takes tens of milliseconds, and core answers
 * meanwhile instead of after. The screen takes the answer when it first loads; one it does not
 * take (the screen asked for something else) is dropped a task after it arrives, so a later
 * load never reads an old answer.
 */
let early: { client: Client; key: string; answer: Promise<unknown> } | undefined;

const keyOf = (method: Method, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Sends the call now, for `takeOrCall` to pick up. A change to `entity` before the answer is
 * taken drops it: the screen subscribes to changes only once drawn, so it would not hear of
 * that one, and would show the answer without it.
 */
export function callEarly<M extends Method>(
  client: Client,
  method: M,
  input: InputOf<M>,
  entity: string,
): void {
  const answer = client.call(method, input);
  const slot = { client, key: keyOf(method, input), answer };
  early = slot;
  const stopFollowing = client.subscribe('record.changed', (changed) => {
    if (changed.entity === entity) drop();
  });
  function drop() {
    stopFollowing();
    if (early === slot) early = undefined;
  }
  const dropSoon = () => setTimeout(drop, 0);
  // A failure is reported to the screen that takes the answer, or to nobody.
  answer.then(dropSoon, dropSoon);
}

/** The answer of the same call sent early, if there is one waiting; otherwise a new call. */
export function takeOrCall<M extends Method>(
  client: Client,
  method: M,
  input: InputOf<M>,
): Promise<ResultOf<M>> {
  if (early?.client === client && early.key === keyOf(method, input)) {
    const { answer } = early;
    early = undefined;
    return answer as Promise<ResultOf<M>>;
  }
  return client.call(method, input);
}
