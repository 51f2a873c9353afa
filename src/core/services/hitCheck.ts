import type { EntityKind } from '../../shared/domain/enums';
import { noticeLookoutId, type HitFields, type HitReason } from '../../shared/domain/lookouts';
import { phoneKey, vehicleKey } from '../../shared/search/identifierKeys';
import {
  keyCoverage,
  keyPerson,
  matchKeyed,
  samePersonThreshold,
  type KeyedPerson,
} from '../../shared/search/personMatch';
import { nameKeys } from '../../shared/search/phoneticKey';
import type { Db } from '../db/openDatabase';
import { createSearchIndexer, type SearchDocument } from '../changes/searchIndexer';
import { hitFromRecordOwner, replyAnswersHit } from '../repos/hitReplySql';

interface LookoutRow {
  id: string;
  suspect_id: string | null;
  target: string;
  name: string;
  father_name: string;
  age: number | null;
  aliases: string;
  particulars: string;
  vehicle: string;
  phone: string;
}

/** A hit the check found: the fields of the hit record to raise. */
export type FoundHit = Omit<HitFields, 'foundAt'>;

/** How many word keys of a long log entry or case text are looked up at most. */
const maxTextKeys = 300;
/** How much of a long log entry or case text is read for names written out in it. */
const maxTextChars = 3000;

/** How many candidate lookouts one record is judged against at most. */
export const maxCandidates = 50;

/** Whether a lookout's name is written out in a text: every word of it (phonetically). */
function nameInText(names: string[][], textKeys: string[]): boolean {
  return names.some((keys) => keys.length >= 2 && keyCoverage(keys, textKeys) >= 0.9);
}

/**
 * The hit check: which active lookouts a record (a suspect, case or log entry as the search
 * index sees it) matches, and why. Candidates come from `lookout_keys` by the record's name,
 * vehicle and phone keys (a few index look-ups); a suspect is then judged by the person
 * matcher, a case or entry by its vehicles, phones and a lookout name written out in full.
 * A pair (lookout, record) is skipped while a hit on it awaits a reply, and for good once
 * the issuing office replied "not the same person".
 */
export function createHitCheck(db: Db, officeId: string) {
  const indexer = createSearchIndexer(db);
  // A lookout is a candidate when it shares a vehicle or phone key with the record, or at
  // least two word keys of a name (one, for a name of one word): a common surname alone
  // does not make every lookout on a "Sheikh" a candidate.
  const candidates = db.prepare(
    `SELECT l.id, l.suspect_id, l.target, l.name, l.father_name, l.age, l.aliases,
            l.particulars, l.vehicle, l.phone
     FROM (
       SELECT k.lookout_id AS id, sum(k.key LIKE 'n:%') AS names, sum(k.key NOT LIKE 'n:%') AS ids
       FROM json_each(?) AS wanted JOIN lookout_keys AS k ON k.key = wanted.value
       GROUP BY k.lookout_id
     ) AS shared
     JOIN lookouts AS l ON l.id = shared.id
     WHERE l.deleted = 0 AND l.withdrawn = 0 AND l.valid_from <= ? AND l.valid_until >= ?
       AND (shared.ids > 0 OR shared.names >= 2 OR (shared.names = 1 AND (
         SELECT count(*) FROM lookout_keys AS own WHERE own.lookout_id = l.id AND own.key LIKE 'n:%') = 1))
     ORDER BY shared.ids DESC, shared.names DESC, l.id LIMIT ${maxCandidates}`,
  );
  const lookoutById = db.prepare(
    `SELECT id, suspect_id, target, name, father_name, age, aliases, particulars, vehicle, phone
     FROM lookouts WHERE id = ? AND deleted = 0 AND withdrawn = 0 AND valid_from <= ?
       AND valid_until >= ?`,
  );
  // A notice is a log entry named after a lookout held here, written by that lookout's office.
  const noticeOf = db
    .prepare(
      `SELECT 1 FROM log_entries AS e JOIN lookouts AS l ON l.id = ? AND l.office_id = e.office_id
       WHERE e.id = ? LIMIT 1`,
    )
    .pluck();
  const suppressed = db
    .prepare(
      `SELECT 1 FROM hit_replies AS r WHERE r.lookout_id = ? AND r.match_id = ?
         AND r.verdict = 'not_same_person' AND r.deleted = 0
         AND substr(r.lookout_id, 1, length(r.office_id) + 1) = r.office_id || ':' LIMIT 1`,
    )
    .pluck();
  const awaitingReply = db
    .prepare(
      `SELECT 1 FROM hits AS h WHERE h.lookout_id = :lookout AND h.match_id = :match
         AND h.deleted = 0 AND ${hitFromRecordOwner('h')}
         AND NOT EXISTS (SELECT 1 FROM hit_replies AS r WHERE ${replyAnswersHit('r', 'h')})
       LIMIT 1`,
    )
    .pluck();
  // Any hit on the pair, answered or not (a decoy a third office plants does not count).
  const hitBefore = db
    .prepare(
      `SELECT 1 FROM hits AS h WHERE h.lookout_id = :lookout AND h.match_id = :match
         AND h.deleted = 0 AND ${hitFromRecordOwner('h')} LIMIT 1`,
    )
    .pluck();
  const people = new Map<string, KeyedPerson>();
  // Word keys of free text, word by word and remembered: a log's vocabulary repeats, and
  // keying a long entry whole every time would cost milliseconds per write.
  const wordKeys = new Map<string, string[]>();

  function textNameKeys(text: string): string[] {
    const keys = new Set<string>();
    for (const word of text.slice(0, maxTextChars).split(/[\s,.;:!?()[\]{}"'।॥/\\|-]+/u)) {
      if (word === '') continue;
      let found = wordKeys.get(word);
      if (!found) {
        found = nameKeys(word);
        if (wordKeys.size >= 50_000) wordKeys.clear();
        wordKeys.set(word, found);
      }
      for (const key of found) keys.add(key);
      if (keys.size >= maxTextKeys) break;
    }
    return [...keys];
  }

  const personOf = (lookout: LookoutRow): KeyedPerson => {
    const cacheKey = `${lookout.id}|${lookout.name}|${lookout.father_name}|${lookout.age}|${lookout.aliases}`;
    let person = people.get(cacheKey);
    if (!person) {
      person = keyPerson({
        names: [lookout.name],
        aliases: JSON.parse(lookout.aliases) as string[],
        fatherName: lookout.father_name,
        age: lookout.age,
        address: lookout.particulars,
      });
      if (people.size > 5000) people.clear();
      people.set(cacheKey, person);
    }
    return person;
  };

  function judge(
    lookout: LookoutRow,
    document: SearchDocument,
    textKeys: string[],
  ): FoundHit | undefined {
    if (lookout.suspect_id === document.recordId) return undefined;
    const reasons = new Set<HitReason>();
    let score = 0;
    const vehicle = lookout.vehicle === '' ? '' : vehicleKey(lookout.vehicle);
    if (vehicle !== '' && document.vehicles.some((other) => vehicleKey(other) === vehicle)) {
      reasons.add('vehicle');
      score = Math.max(score, 90);
    }
    const phone = lookout.phone === '' ? '' : phoneKey(lookout.phone);
    if (phone.length >= 6 && document.phones.some((other) => phoneKey(other) === phone)) {
      reasons.add('phone');
      score = Math.max(score, 90);
    }
    if (lookout.target === 'suspect' && lookout.name !== '') {
      const person = personOf(lookout);
      if (document.person) {
        const match = matchKeyed(person, document.person);
        if (match.score >= samePersonThreshold) {
          for (const reason of match.reasons) reasons.add(reason);
          score = Math.max(score, Math.round(match.score * 100));
        }
      } else if (nameInText([...person.names, ...person.aliases], textKeys)) {
        reasons.add('name');
        score = Math.max(score, 70);
      }
    }
    if (reasons.size === 0) return undefined;
    return {
      lookoutId: lookout.id,
      matchEntity: document.entity,
      matchId: document.recordId,
      matchTitle: document.title.slice(0, 200),
      reasons: [...reasons],
      score,
    };
  }

  /** The record as the check sees it, or undefined when it is never checked. */
  function recordOf(entity: EntityKind, id: string) {
    if (entity !== 'suspect' && entity !== 'case' && entity !== 'log') return undefined;
    // A lookout's own notice in the log names what it looks for: it is no sighting.
    if (entity === 'log') {
      const lookoutId = noticeLookoutId(id);
      if (lookoutId !== undefined && noticeOf.get(lookoutId, id) !== undefined) return undefined;
    }
    const document = indexer.documentOf(entity, id);
    if (!document) return undefined;
    const textKeys = document.person ? [] : textNameKeys(`${document.title}\n${document.body}`);
    return { document, textKeys };
  }

  const judgeOpen = (
    lookout: LookoutRow,
    record: { document: SearchDocument; textKeys: string[] },
    id: string,
  ): FoundHit | undefined => {
    if (suppressed.get(lookout.id, id) !== undefined) return undefined;
    if (awaitingReply.get({ lookout: lookout.id, match: id, own: officeId }) !== undefined)
      return undefined;
    return judge(lookout, record.document, record.textKeys);
  };

  /** The hits one record raises now (none for a record of another kind, or deleted). */
  function check(entity: EntityKind, id: string, now: number): FoundHit[] {
    const record = recordOf(entity, id);
    if (!record) return [];
    const { document, textKeys } = record;
    const nameKeysOf = document.person
      ? [...document.person.names, ...document.person.aliases].flat()
      : textKeys;
    const keys = [
      ...nameKeysOf.map((key) => `n:${key}`),
      ...document.vehicles.map((vehicle) => `v:${vehicleKey(vehicle)}`),
      ...document.phones.map((phone) => `p:${phoneKey(phone)}`),
    ];
    if (keys.length === 0) return [];
    const found: FoundHit[] = [];
    const rows = candidates.all(JSON.stringify([...new Set(keys)]), now, now) as LookoutRow[];
    for (const lookout of rows) {
      const hit = judgeOpen(lookout, record, id);
      if (hit) found.push(hit);
    }
    return found;
  }

  /**
   * The hit one record raises on one lookout now, if any (a new or edited lookout's scan). A
   * record the lookout has hit before, answered or not, is not hit again by a scan: an edit of
   * the lookout is no new sighting.
   */
  function checkLookout(
    entity: EntityKind,
    id: string,
    lookoutId: string,
    now: number,
  ): FoundHit | undefined {
    if (hitBefore.get({ lookout: lookoutId, match: id, own: officeId }) !== undefined)
      return undefined;
    const lookout = lookoutById.get(lookoutId, now, now) as LookoutRow | undefined;
    if (!lookout) return undefined;
    const record = recordOf(entity, id);
    return record ? judgeOpen(lookout, record, id) : undefined;
  }

  return { check, checkLookout };
}

/** A node's hit check. */
export type HitCheck = ReturnType<typeof createHitCheck>;
