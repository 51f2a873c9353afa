import type { CoreApi } from '../../shared/api/contract';
import type { DuplicatePair, PairState } from '../../shared/api/dossierContract';
import type { ChangeIntent } from '../../shared/domain/change';
import { officeOfRecordId } from '../../shared/domain/ids';
import { decisionLinks, pairState } from '../../shared/domain/pairJudgement';
import { SamanvayError } from '../../shared/errors';
import { matchKeyed, samePersonThreshold, type KeyedPerson } from '../../shared/search/personMatch';
import { canonicalLink, linkId } from '../changes/linkId';
import type { ReadDb } from '../db/openDatabase';
import type { NodeContext } from '../node/nodeContext';
import { liveTags } from '../repos/recordRows';
import { suspectCardsById, type Viewer } from '../repos/suspectRepo';
import { writeChanges } from './writeChanges';

type DuplicateApi = Pick<CoreApi, 'duplicates.list' | 'duplicates.decide'>;

/** A name word shared by more dossiers than this is too common to pair them on alone. */
const maxBlock = 40;
/** Most pairs weighed for one list. */
const maxPairs = 20_000;

interface Candidate {
  doc_id: number;
  key: string;
  record_id: string;
  office_id: string;
  person: string;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** The judgement links between pairs of dossiers: pair key → which roles are present. */
function judgements(db: ReadDb): Map<string, { same: boolean; notSame: boolean }> {
  const rows = db
    .prepare(
      `SELECT from_id, to_id, role FROM links WHERE kind = 'suspect_suspect' AND present = 1
       AND role IN ('same_person', 'not_same_person')`,
    )
    .all() as Array<{ from_id: string; to_id: string; role: string }>;
  const map = new Map<string, { same: boolean; notSame: boolean }>();
  for (const row of rows) {
    const key = pairKey(row.from_id, row.to_id);
    const entry = map.get(key) ?? { same: false, notSame: false };
    if (row.role === 'same_person') entry.same = true;
    else entry.notSame = true;
    map.set(key, entry);
  }
  return map;
}

/**
 * Likely duplicate dossiers: pairs of suspects of different offices (one of them the
 * viewer's, which may judge the pair) that share an uncommon phonetic name word and that the
 * person matcher takes for one person, strongest first, with its reasons.
 */
export function duplicatePairs(
  db: ReadDb,
  viewer: Viewer,
  state: PairState,
  limit: number,
): DuplicatePair[] {
  const judged = judgements(db);
  const scored: Array<{
    left: string;
    right: string;
    score: number;
    reasons: DuplicatePair['reasons'];
  }> = [];
  const people = new Map<string, KeyedPerson>();
  const personOf = (id: string, json: string) => {
    let person = people.get(id);
    if (!person) {
      person = JSON.parse(json) as KeyedPerson;
      people.set(id, person);
    }
    return person;
  };
  if (state === 'open') {
    const rows = db
      .prepare(
        `SELECT n.key, d.doc_id, d.record_id, d.office_id, d.person
         FROM (SELECT key FROM search_names GROUP BY key HAVING count(*) BETWEEN 2 AND ${maxBlock}) k
         JOIN search_names n ON n.key = k.key
         JOIN search_docs d ON d.doc_id = n.doc_id
         WHERE d.entity = 'suspect' AND d.person IS NOT NULL
         ORDER BY n.key`,
      )
      .all() as Candidate[];
    const seen = new Set<string>();
    let start = 0;
    while (start < rows.length && seen.size < maxPairs) {
      let end = start;
      while (end < rows.length && rows[end]?.key === rows[start]?.key) end += 1;
      const block = rows.slice(start, end);
      start = end;
      for (const a of block)
        for (const b of block) {
          if (a.record_id >= b.record_id || a.office_id === b.office_id) continue;
          if (a.office_id !== viewer.officeId && b.office_id !== viewer.officeId) continue;
          const key = pairKey(a.record_id, b.record_id);
          if (seen.has(key)) continue;
          seen.add(key);
          const decided = judged.get(key);
          if (decided && pairState(decided.same, decided.notSame) !== 'open') continue;
          const match = matchKeyed(
            personOf(a.record_id, a.person),
            personOf(b.record_id, b.person),
          );
          if (match.score >= samePersonThreshold)
            scored.push({ left: a.record_id, right: b.record_id, ...match });
        }
    }
  } else {
    const personRow = db
      .prepare(
        "SELECT person FROM search_docs WHERE entity = 'suspect' AND record_id = ? AND person IS NOT NULL",
      )
      .pluck();
    for (const [key, decided] of judged) {
      if (pairState(decided.same, decided.notSame) !== state) continue;
      const [left = '', right = ''] = key.split('\n');
      const a = personRow.get(left) as string | undefined;
      const b = personRow.get(right) as string | undefined;
      const match =
        a && b ? matchKeyed(personOf(left, a), personOf(right, b)) : { score: 0, reasons: [] };
      scored.push({ left, right, ...match });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.left.localeCompare(b.left));
  const top = scored.slice(0, limit);
  const cards = new Map(
    suspectCardsById(
      db,
      top.flatMap((pair) => [pair.left, pair.right]),
      viewer,
    ).map((card) => [card.id, card]),
  );
  return top.flatMap((pair) => {
    const left = cards.get(pair.left);
    const right = cards.get(pair.right);
    return left && right ? [{ left, right, score: pair.score, reasons: pair.reasons, state }] : [];
  });
}

/** The duplicates review list and the operator's judgement of a pair. */
export function createDuplicateService(context: NodeContext): DuplicateApi {
  const db = context.store.db;
  const viewer = () => ({ officeId: context.officeId, operatorId: context.session.operatorId });
  return {
    'duplicates.list': async ({ state, limit }) => duplicatePairs(db, viewer(), state, limit),
    'duplicates.decide': async ({ leftId, rightId, decision }) => {
      for (const id of [leftId, rightId])
        if (!db.prepare('SELECT 1 FROM suspects WHERE id = ? AND deleted = 0').get(id))
          throw new SamanvayError('NOT_FOUND', undefined, { id });
      if (leftId === rightId)
        throw new SamanvayError('INVALID_INPUT', undefined, { field: 'rightId' });
      // Only an office owning one of the two may judge the pair (the change path refuses it too).
      if (![leftId, rightId].map(officeOfRecordId).includes(context.officeId))
        throw new SamanvayError('NOT_OWNER', undefined, { id: leftId });
      const { add, remove } = decisionLinks(decision);
      const intents: ChangeIntent[] = [];
      for (const role of remove) {
        const fields = canonicalLink({
          kind: 'suspect_suspect',
          fromId: leftId,
          toId: rightId,
          role,
        });
        const id = linkId(fields);
        const tags = liveTags(db, 'link', id, 'present', '1');
        if (tags.length > 0)
          intents.push({ entity: 'link', recordId: id, op: 'remove', body: { fields, tags } });
      }
      for (const role of add) {
        const fields = canonicalLink({
          kind: 'suspect_suspect',
          fromId: leftId,
          toId: rightId,
          role,
        });
        const id = linkId(fields);
        if (liveTags(db, 'link', id, 'present', '1').length === 0)
          intents.push({ entity: 'link', recordId: id, op: 'add', body: { fields } });
      }
      writeChanges(context, intents);
      const decided = judgements(db).get(pairKey(leftId, rightId));
      return { state: pairState(decided?.same ?? false, decided?.notSame ?? false) };
    },
  };
}
