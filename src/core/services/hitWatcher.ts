import { randomBytes } from 'node:crypto';
import type { Change, ChangeIntent } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/enums';
import { newRecordId, officeOfRecordId } from '../../shared/domain/ids';
import type { NodeContext } from '../node/nodeContext';
import { getHit } from '../repos/lookoutRepo';
import { createHitCheck, type FoundHit } from './hitCheck';

const checkedKinds = new Set<EntityKind>(['suspect', 'case', 'log']);

const lookoutIdOf = (change: Change): string => {
  const id = change.body.fields?.lookoutId;
  return typeof id === 'string' ? id : '';
};

/** How many of this office's records one new lookout is compared with at most. */
const scanLimit = 2000;

/**
 * Raises hits wherever a match first lands. After every commit, written here or received, the
 * suspects, cases and log entries it touched are checked against the active lookouts; a new
 * lookout (raised here or received) is checked against this office's own records. Each hit is
 * written as a hit record by this node (shared with the network, unless the matched record is
 * local: the share decision keeps such a hit home), and announced (`hit.raised`): the banner here; and where a hit
 * on this office's lookout arrives from another office, the issuing office's notification.
 */
export function watchForHits(context: NodeContext): () => void {
  const db = context.store.db;
  const hitCheck = createHitCheck(db);
  const ownRecordsMatching = db.prepare(
    `SELECT DISTINCT d.entity, d.record_id FROM json_each(?) AS wanted
     JOIN (
       SELECT 'n:' || key AS key, doc_id FROM search_names
       UNION ALL SELECT 'v:' || key, doc_id FROM search_vehicles
       UNION ALL SELECT 'p:' || key, doc_id FROM search_phones
     ) AS keyed ON keyed.key = wanted.value
     JOIN search_docs AS d ON d.doc_id = keyed.doc_id
     WHERE d.office_id = ? LIMIT ${scanLimit}`,
  );
  const lookoutKeys = db.prepare('SELECT key FROM lookout_keys WHERE lookout_id = ?').pluck();

  function raise(found: FoundHit[]): void {
    if (found.length === 0) return;
    const now = context.clock.now();
    const intents: ChangeIntent[] = found.map((hit) => ({
      entity: 'hit',
      recordId: newRecordId(context.officeId, (size) => randomBytes(size), now),
      op: 'create',
      body: { fields: { ...hit, foundAt: now } },
    }));
    context.changeLog.write(intents, context.session.operatorId || 'system');
    for (const intent of intents) {
      const view = getHit(db, intent.recordId);
      if (view) context.emit('hit.raised', view);
    }
  }

  function scanForLookout(lookoutId: string, now: number): FoundHit[] {
    const keys = lookoutKeys.all(lookoutId) as string[];
    if (keys.length === 0) return [];
    const rows = ownRecordsMatching.all(JSON.stringify(keys), context.officeId) as Array<{
      entity: EntityKind;
      record_id: string;
    }>;
    return rows.flatMap((row) =>
      hitCheck.check(row.entity, row.record_id, now).filter((hit) => hit.lookoutId === lookoutId),
    );
  }

  function onChanges(changes: readonly Change[], source: 'local' | 'remote'): void {
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
      if (change.entity === 'lookout' && change.op === 'create') lookouts.add(change.recordId);
      // A hit on this office's lookout, found elsewhere: the issuing office is told.
      if (
        source === 'remote' &&
        change.entity === 'hit' &&
        change.op === 'create' &&
        officeOfRecordId(lookoutIdOf(change)) === context.officeId
      ) {
        const view = getHit(db, change.recordId);
        if (view) context.emit('hit.raised', view);
      }
    }
    const found = new Map<string, FoundHit>();
    const keep = (hit: FoundHit) => {
      const pair = `${hit.lookoutId}|${hit.matchId}`;
      if (!found.has(pair)) found.set(pair, hit);
    };
    for (const record of records.values()) {
      for (const hit of hitCheck.check(record.entity, record.id, now)) keep(hit);
    }
    for (const lookoutId of lookouts) for (const hit of scanForLookout(lookoutId, now)) keep(hit);
    raise([...found.values()]);
  }

  return context.changeLog.onCommit((_commit, source, changes) => onChanges(changes, source));
}
