import { randomBytes } from 'node:crypto';
import type { Change, ChangeIntent } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import { newRecordId, officeOfRecordId } from '../../shared/domain/ids';
import type { NodeContext } from '../node/nodeContext';
import { getHit } from '../repos/lookoutRepo';
import { createHitCheck, type FoundHit } from './hitCheck';

const checkedKinds = new Set<EntityKind>(['suspect', 'case', 'log']);

/** The lookout fields a hit is judged on (its subject) or depends on (its validity). */
const matchingFields = new Set([
  'target',
  'suspectId',
  'name',
  'fatherName',
  'age',
  'aliases',
  'particulars',
  'vehicle',
  'phone',
  'validFrom',
  'validUntil',
  'withdrawn',
]);

/**
 * A lookout raised, or edited in its subject or validity: compared with the records. (An edit
 * of its action, reward or photo alone changes no match.)
 */
const lookoutToScan = (change: Change): boolean =>
  change.entity === 'lookout' &&
  (change.op === 'create' ||
    (change.op === 'update' &&
      Object.keys(change.body.fields ?? {}).some((field) => matchingFields.has(field))));

const lookoutIdOf = (change: Change): string => {
  const id = change.body.fields?.lookoutId;
  return typeof id === 'string' ? id : '';
};

/** How many of this office's records one new lookout is compared with at most. */
const scanLimit = 2000;
/** How many hits one commit's records raise at most: a flood of lookouts raises no flood of hits. */
export const maxHitsPerCommit = 20;
/** How many records a received lookout's scan compares in one run before yielding. */
export const scanSlice = 100;
/** How long one slice of a received lookout's scan may run before it yields (ms). */
const sliceBudgetMs = 15;

/**
 * Raises hits wherever a match first lands. Every commit, written here or received, has the
 * suspects, cases and log entries it touched checked against the active lookouts, and a new
 * or edited lookout (raised here or received) checked against this office's own records. A local
 * write carries its hits in its own commit; a received commit's hits are written just after
 * it. A hit is shared with the network unless the matched record is local (the share
 * decision keeps it home). Each is announced (`hit.raised`): the banner where it was found,
 * and the notification at the issuing office when it arrives there.
 */
export function watchForHits(context: NodeContext): () => void {
  const db = context.store.db;
  const hitCheck = createHitCheck(db, context.officeId);
  const ownRecordsBy = (table: string) =>
    db.prepare(
      `SELECT DISTINCT d.entity, d.record_id FROM ${table} AS keyed
       JOIN search_docs AS d ON d.doc_id = keyed.doc_id
       WHERE keyed.key IN (SELECT value FROM json_each(?)) AND d.office_id = ? LIMIT ${scanLimit}`,
    );
  const ownRecords = {
    n: ownRecordsBy('search_names'),
    v: ownRecordsBy('search_vehicles'),
    p: ownRecordsBy('search_phones'),
  };
  const anyActive = db
    .prepare(
      `SELECT 1 FROM lookouts WHERE deleted = 0 AND withdrawn = 0 AND valid_from <= ?
         AND valid_until >= ? LIMIT 1`,
    )
    .pluck();
  const lookoutKeys = db.prepare('SELECT key FROM lookout_keys WHERE lookout_id = ?').pluck();

  const hitIntents = (found: FoundHit[]): ChangeIntent[] => {
    const now = context.clock.now();
    return found.map((hit) => ({
      entity: 'hit',
      recordId: newRecordId(context.officeId, (size) => randomBytes(size), now),
      op: 'create',
      body: { fields: { ...hit, foundAt: now } },
    }));
  };

  /** This office's records sharing a key with a lookout (by the search index). */
  function recordsFor(lookoutId: string): Array<{ entity: EntityKind; record_id: string }> {
    const keys = lookoutKeys.all(lookoutId) as string[];
    const records = new Map<string, { entity: EntityKind; record_id: string }>();
    for (const prefix of ['n', 'v', 'p'] as const) {
      const wanted = keys.filter((key) => key.startsWith(`${prefix}:`)).map((key) => key.slice(2));
      if (wanted.length === 0) continue;
      const rows = ownRecords[prefix].all(JSON.stringify(wanted), context.officeId) as Array<{
        entity: EntityKind;
        record_id: string;
      }>;
      for (const row of rows) records.set(`${row.entity}|${row.record_id}`, row);
    }
    return [...records.values()];
  }

  /** Which of `records` a new or edited lookout matches, as hits on it: only that lookout is judged. */
  const scanRecords = (
    lookoutId: string,
    records: ReadonlyArray<{ entity: EntityKind; record_id: string }>,
    now: number,
  ): FoundHit[] =>
    records.flatMap(
      (row) => hitCheck.checkLookout(row.entity, row.record_id, lookoutId, now) ?? [],
    );

  /** This office's records a new lookout matches, as hits on it. */
  const scanForLookout = (lookoutId: string, now: number): FoundHit[] =>
    scanRecords(lookoutId, recordsFor(lookoutId), now);

  /** The hits the records (and, with `scan`, new lookouts) among `changes` raise now, one per pair. */
  function hitsOf(changes: readonly Change[], scan = true): FoundHit[] {
    const now = context.clock.now();
    const records = new Map<string, { entity: EntityKind; id: string }>();
    const lookouts = new Set<string>();
    for (const change of changes) {
      if (checkedKinds.has(change.entity)) {
        records.set(`${change.entity}|${change.recordId}`, {
          entity: change.entity,
          id: change.recordId,
        });
      }
      if (scan && lookoutToScan(change)) lookouts.add(change.recordId);
    }
    if (records.size === 0 && lookouts.size === 0) return [];
    // No active lookout at all (the usual bulk import or initial sync): nothing to compare.
    if (lookouts.size === 0 && anyActive.get(now, now) === undefined) return [];
    const found = new Map<string, FoundHit>();
    const keep = (hit: FoundHit) => {
      const pair = `${hit.lookoutId}|${hit.matchId}`;
      if (!found.has(pair)) found.set(pair, hit);
    };
    // The records' hits are capped (another office's flood of lookouts); a lookout this office
    // raises itself is compared with all its records it shares a key with (up to scanLimit).
    for (const record of records.values()) {
      for (const hit of hitCheck.check(record.entity, record.id, now)) {
        if (found.size < maxHitsPerCommit) keep(hit);
      }
      if (found.size >= maxHitsPerCommit) break;
    }
    for (const lookoutId of lookouts) for (const hit of scanForLookout(lookoutId, now)) keep(hit);
    return [...found.values()];
  }

  /** Announces hits raised here, and hits on this office's lookouts raised elsewhere. */
  function announce(changes: readonly Change[], source: 'local' | 'remote'): void {
    for (const change of changes) {
      if (change.entity !== 'hit' || change.op !== 'create') continue;
      if (source === 'remote' && officeOfRecordId(lookoutIdOf(change)) !== context.officeId)
        continue;
      const view = getHit(db, change.recordId);
      if (view) context.emit('hit.raised', view);
    }
  }

  // A write carries its hits in its own commit: saved and signed together, or not at all.
  const stopWriting = context.changeLog.onWriting((changes) => hitIntents(hitsOf(changes)));
  const write = (intents: ChangeIntent[]) => {
    if (intents.length > 0)
      context.changeLog.write(intents, context.session.operatorId || 'system');
  };
  // A received lookout is compared with this office's records once the batch it came in is
  // taken in: hits its issuer already raised on them arrive in the same batch, and are not
  // raised twice. (A crash in between loses only that comparison, never a saved record.)
  // The scans run in slices (`scanSlice` records, or `sliceBudgetMs`), yielding between
  // them, so a batch of received lookouts never holds the worker for seconds.
  const waitingScans = new Set<string>();
  let scan:
    { lookoutId: string; records: Array<{ entity: EntityKind; record_id: string }> } | undefined;
  let scanQueued = false;
  const scanReceived = () => {
    scanQueued = false;
    if (!db.open) return;
    const started = performance.now();
    let compared = 0;
    const found: FoundHit[] = [];
    const now = context.clock.now();
    while (compared < scanSlice && performance.now() - started < sliceBudgetMs) {
      if (!scan || scan.records.length === 0) {
        const next = waitingScans.values().next();
        if (next.done) break;
        waitingScans.delete(next.value);
        scan = { lookoutId: next.value, records: recordsFor(next.value) };
        continue;
      }
      const slice = scan.records.splice(0, Math.min(scanSlice - compared, 10));
      compared += slice.length;
      found.push(...scanRecords(scan.lookoutId, slice, now));
    }
    write(hitIntents(found));
    if (waitingScans.size > 0 || (scan && scan.records.length > 0)) queueScan();
  };
  const queueScan = () => {
    if (scanQueued) return;
    scanQueued = true;
    setImmediate(scanReceived);
  };
  const stopListening = context.changeLog.onCommit((_commit, source, changes) => {
    announce(changes, source);
    if (source !== 'remote') return;
    // A received record is checked here too: a hit is found where it first lands.
    write(hitIntents(hitsOf(changes, false)));
    for (const change of changes) {
      if (lookoutToScan(change)) waitingScans.add(change.recordId);
    }
    if (waitingScans.size > 0) queueScan();
  });
  return () => {
    stopWriting();
    stopListening();
  };
}
