import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/change';
import type { LinkFields } from '../../shared/domain/records';
import { decisionLinks, pairState, type PairDecision } from '../../shared/domain/pairJudgement';
import { memoryDb } from '../testing/memoryDb';
import { createIngest, type IngestReport } from './changeLog';
import { formatStamp } from './hlc';
import { canonicalLink, linkId } from './linkId';

/** A and B own the two dossiers; C is a node of a third office. */
const nodes = [
  { id: 'NODE-A', office: 'jh-dhanbad' },
  { id: 'NODE-B', office: 'wb-adpc' },
  { id: 'NODE-C', office: 'jh-bokaro' },
] as const;
const left = 'jh-dhanbad:suspect-1';
const right = 'wb-adpc:suspect-2';
type Role = 'same_person' | 'not_same_person';

const fieldsOf = (role: Role): LinkFields =>
  canonicalLink({ kind: 'suspect_suspect', fromId: right, toId: left, role });

/** One operator's decision on one node, seeing every earlier change or only its own node's. */
const stepArbitrary = fc.record({
  node: fc.nat(2),
  decision: fc.constantFrom<PairDecision>('same', 'notSame', 'undo'),
  seesAll: fc.boolean(),
});

/**
 * The changes the steps write (as the duplicates service writes them, from what each node
 * has seen) and the pair state the add-wins rule predicts from the owning offices' changes.
 */
type Step = { node: number; decision: PairDecision; seesAll: boolean };

function history(steps: Step[]) {
  const changes: Change[] = [];
  const seqs = [0, 0, 0];
  steps.forEach((step, index) => {
    const node = nodes[step.node] ?? nodes[0];
    const known = changes.filter((change) => step.seesAll || change.origin === node.id);
    const live = (role: Role) => {
      const id = linkId(fieldsOf(role));
      const removed = new Set(
        known
          .filter((c) => c.recordId === id && c.op === 'remove')
          .flatMap((c) => c.body.tags ?? []),
      );
      return known
        .filter((c) => c.recordId === id && c.op === 'add')
        .map((c) => `${c.origin}:${c.seq}`)
        .filter((tag) => !removed.has(tag));
    };
    const { add, remove } = decisionLinks(step.decision);
    const write = (role: Role, op: 'add' | 'remove', tags?: string[]) => {
      seqs[step.node] = (seqs[step.node] ?? 0) + 1;
      changes.push({
        origin: node.id,
        seq: seqs[step.node] ?? 0,
        hlc: formatStamp(1_760_000_000_000 + index, 0),
        office: node.office,
        operator: 'op',
        entity: 'link',
        recordId: linkId(fieldsOf(role)),
        op,
        body: tags ? { fields: fieldsOf(role), tags } : { fields: fieldsOf(role) },
      });
    };
    for (const role of remove) {
      const tags = live(role);
      if (tags.length > 0) write(role, 'remove', tags);
    }
    for (const role of add) if (live(role).length === 0) write(role, 'add');
  });
  // The model: only the owning offices' changes count; an element is present while some
  // add of it is not cancelled by a remove that saw its tag.
  const owned = changes.filter((change) => change.origin !== 'NODE-C');
  const present = (role: Role) => {
    const id = linkId(fieldsOf(role));
    const removed = new Set(
      owned.filter((c) => c.recordId === id && c.op === 'remove').flatMap((c) => c.body.tags ?? []),
    );
    return owned.some(
      (c) => c.recordId === id && c.op === 'add' && !removed.has(`${c.origin}:${c.seq}`),
    );
  };
  return { changes, expected: pairState(present('same_person'), present('not_same_person')) };
}

function stateAfter(changes: Change[]): { state: string; refused: number } {
  const db = memoryDb();
  const { ingestOne } = createIngest(db);
  const report: IngestReport = { changes: [], refused: [] };
  db.transaction(() => {
    for (const change of changes) ingestOne(change, change.seq, report);
  })();
  const role = (name: Role) =>
    db
      .prepare('SELECT present FROM links WHERE id = ?')
      .pluck()
      .get(linkId(fieldsOf(name))) === 1;
  const state = pairState(role('same_person'), role('not_same_person'));
  db.close();
  return { state, refused: report.refused.length };
}

describe('duplicates: "same person" and "not the same" links', () => {
  it('every node reaches the state the add-wins rule predicts, whatever the order; a third office changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(stepArbitrary, { maxLength: 25 }),
        fc.infiniteStream(fc.nat()),
        (steps, randomness) => {
          const { changes, expected } = history(steps);
          const shuffled = [...changes]
            .map((change) => ({ change, key: randomness.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ change }) => change);
          const inOrder = stateAfter(changes);
          expect(inOrder.state).toBe(expected);
          expect(inOrder.refused).toBe(changes.filter((c) => c.origin === 'NODE-C').length);
          expect(stateAfter(shuffled).state).toBe(expected);
        },
      ),
      { numRuns: Number(process.env.SAMANVAY_PROPERTY_RUNS ?? 50) },
    );
  });

  it('keeps a pair linked when one office says "same" and the other "not the same" at once', () => {
    const { changes, expected } = history([
      { node: 0, decision: 'same', seesAll: false },
      { node: 1, decision: 'notSame', seesAll: false },
    ]);
    expect(expected).toBe('linked');
    expect(stateAfter(changes.reverse()).state).toBe('linked');
  });

  it('a decision seen by the other office replaces it', () => {
    const { changes } = history([
      { node: 0, decision: 'same', seesAll: true },
      { node: 1, decision: 'notSame', seesAll: true },
    ]);
    expect(stateAfter(changes).state).toBe('dismissed');
  });
});

describe('trust: a third office cannot judge two other offices’ records', () => {
  const gang = canonicalLink({
    kind: 'case_case',
    fromId: 'jh-dhanbad:case-1',
    toId: 'wb-adpc:case-2',
    role: 'same_gang',
  });
  const change = (office: string, op: 'add' | 'remove', seq: number): Change => ({
    origin: office === 'jh-bokaro' ? 'NODE-C' : 'NODE-A',
    seq,
    hlc: formatStamp(1_760_000_000_000 + seq, 0),
    office,
    operator: 'op',
    entity: 'link',
    recordId: linkId(gang),
    op,
    body: op === 'add' ? { fields: gang } : { fields: gang, tags: ['NODE-A:1'] },
  });
  const run = (changes: Change[]) => {
    const db = memoryDb();
    const { ingestOne } = createIngest(db);
    const report: IngestReport = { changes: [], refused: [] };
    db.transaction(() => {
      for (const one of changes) ingestOne(one, one.seq, report);
    })();
    const present = db.prepare('SELECT present FROM links WHERE id = ?').pluck().get(linkId(gang));
    db.close();
    return { present, refused: report.refused.map((refusal) => refusal.reason) };
  };

  it('refuses a "same gang" link forged by a node of a third office', () => {
    expect(run([change('jh-bokaro', 'add', 1)])).toEqual({
      present: undefined,
      refused: ['NOT_OWNER'],
    });
  });

  it('refuses a third office removing an owning office’s "same gang" link', () => {
    expect(run([change('jh-dhanbad', 'add', 1), change('jh-bokaro', 'remove', 2)])).toEqual({
      present: 1,
      refused: ['NOT_OWNER'],
    });
  });

  it('lets either owning office make the link', () => {
    expect(run([change('wb-adpc', 'add', 1)]).present).toBe(1);
  });
});
