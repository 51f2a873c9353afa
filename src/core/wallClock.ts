/** Wall-clock source, injected so tests can skew or freeze it. The lowest type of core. */
export interface WallClock {
  now(): number;
}
