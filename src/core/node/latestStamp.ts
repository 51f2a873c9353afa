import type { ReadDb } from '../db/openDatabase';

/**
 * The highest HLC stamp in the change log, read in a few index lookups rather than a scan of
 * every change (seconds at unlock on a log of 700k). Each origin stamps its changes from a
 * monotonic clock in sequence order, so its last sequence number holds its highest stamp; the
 * origins are walked along the primary key (origin, seq), one lookup each.
 */
export function latestStamp(db: ReadDb): string | undefined {
  const nextOrigin = db.prepare(
    'SELECT origin FROM changes WHERE origin > ? ORDER BY origin LIMIT 1',
  );
  const lastOfOrigin = db.prepare(
    'SELECT hlc FROM changes WHERE origin = ? ORDER BY seq DESC LIMIT 1',
  );
  let latest: string | undefined;
  let origin = '';
  for (;;) {
    const next = nextOrigin.get(origin) as { origin: string } | undefined;
    if (!next) return latest;
    origin = next.origin;
    const { hlc } = lastOfOrigin.get(origin) as { hlc: string };
    if (latest === undefined || hlc > latest) latest = hlc;
  }
}
