import type { Connection } from '../../src/core/sync/transport';

/** How often each fault strikes a sent message. */
export interface FaultRates {
  drop: number;
  duplicate: number;
  /** Held back 0–`maxDelayMs`, so later messages overtake it (reordering). */
  delay: number;
  maxDelayMs: number;
}

/**
 * Wraps a connection so that what it sends is randomly dropped, duplicated, delayed and so
 * reordered: a fault-injecting proxy at the message level, inside the TLS stream (bytes
 * tampered with below TLS would only break the connection, which reconnecting covers).
 * `enabled()` turns the faults off at the end of a test.
 */
export function faultyConnection(
  inner: Connection,
  rates: FaultRates,
  random: () => number,
  enabled: () => boolean,
): Connection {
  return {
    get peer() {
      return inner.peer;
    },
    get publicKey() {
      return inner.publicKey;
    },
    get address() {
      return inner.address;
    },
    get outbound() {
      return inner.outbound;
    },
    get pendingBytes() {
      return inner.pendingBytes;
    },
    get bytesIn() {
      return inner.bytesIn;
    },
    get bytesOut() {
      return inner.bytesOut;
    },
    attach: (handlers) => inner.attach(handlers),
    close: (error) => inner.close(error),
    send(message, attachment) {
      if (!enabled() || message.type === 'hello') {
        inner.send(message, attachment);
        return;
      }
      const roll = random();
      if (roll < rates.drop) return;
      if (roll < rates.drop + rates.duplicate) inner.send(message, attachment);
      if (random() < rates.delay) {
        setTimeout(() => inner.send(message, attachment), Math.floor(random() * rates.maxDelayMs));
        return;
      }
      inner.send(message, attachment);
    },
  };
}
