import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, ChangeIntent, Commit } from '../../src/shared/domain/change';
import { createChangeLog, type ChangeLog } from '../../src/core/changes/changeLog';
import { changeHash, commitBytes } from '../../src/core/changes/commitSigning';
import { createHlc, formatStamp } from '../../src/core/changes/hlc';
import type { Db } from '../../src/core/db/openDatabase';
import {
  createNodeIdentity,
  signBytes,
  type NodeIdentity,
} from '../../src/core/identity/nodeIdentity';
import type { NodeContext } from '../../src/core/node/nodeContext';
import { createCommitStore, type CommitStore } from '../../src/core/sync/commitStore';
import { addPeer } from '../../src/core/sync/peerStore';
import { derivedTables, memoryDb } from '../../src/core/testing/memoryDb';
import { caseFields } from './syncKit';

/**
 * Four nodes in one process, exchanging commits through the same commit store and change log
 * sync uses (no sockets: the transport is tested elsewhere). Three honest offices; the fourth
 * node is hostile and, at random, tries takeovers of node records, redactions of relayed
 * commits, lies about its office and replays. Honest nodes must end identical, holding every
 * honest change, with every hostile change refused.
 */
const runs = Number(process.env.SAMANVAY_SYNC_PROPERTY_RUNS ?? 25);
const offices = ['jh-dhanbad', 'wb-adpc', 'wb-purulia'] as const;
const hostileOffice = 'jh-bokaro';

interface Member {
  office: string;
  identity: NodeIdentity;
  db: Db;
  log: ChangeLog;
  store: CommitStore;
  ownCases: Array<{ id: string; local: boolean }>;
}

function officeIntents(office: string, identity: NodeIdentity): ChangeIntent[] {
  return [
    {
      entity: 'office',
      recordId: office,
      op: 'create',
      body: {
        fields: {
          nameEn: office,
          nameHi: '',
          nameBn: '',
          state: '',
          district: '',
          policeStations: ['Nirsa'],
        },
      },
    },
    {
      entity: 'node',
      recordId: identity.nodeId.toLowerCase(),
      op: 'create',
      body: { fields: { officeId: office, publicKey: identity.publicKeyHex, label: 'x' } },
    },
  ];
}

/** Every derived row and change status, leaving out records some origin kept local. */
function sharedDump(db: Db, localIds: ReadonlySet<string>): string {
  const keep = (row: Record<string, unknown>) => {
    const id = row.id ?? row.record_id;
    return typeof id !== 'string' || !localIds.has(id);
  };
  const parts = derivedTables.map((table) => {
    const rows = (db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>)
      .filter(keep)
      .map((row) => JSON.stringify(row));
    return `${table}\n${rows.sort().join('\n')}`;
  });
  const changes = (
    db
      .prepare(
        'SELECT origin, seq, record_id, status FROM changes WHERE local = 0 ORDER BY origin, seq',
      )
      .all() as Array<Record<string, unknown>>
  )
    .filter(keep)
    .map((row) => JSON.stringify(row));
  return [...parts, changes.join('\n')].join('\n\n');
}

function member(office: string, tick: { now: () => number }): Member {
  const db = memoryDb();
  const identity = createNodeIdentity();
  const log = createChangeLog({
    db,
    identity,
    hlc: createHlc(tick),
    clock: tick,
    officeId: office,
  });
  log.write(officeIntents(office, identity), 'op');
  const context = { store: { db }, changeLog: log, clock: tick } as unknown as NodeContext;
  return { office, identity, db, log, store: createCommitStore(context), ownCases: [] };
}

/** Commits signed by `identity` as `office`, numbered on from `seq`, never applied anywhere. */
function forger(identity: NodeIdentity, office: string) {
  let seq = 0;
  return {
    identity,
    sign(intents: ChangeIntent[], wall: number, claimed = office): Commit {
      const changes: Change[] = intents.map((intent, index) => ({
        ...intent,
        origin: identity.nodeId,
        seq: seq + 1 + index,
        hlc: formatStamp(wall, index),
        office: claimed,
        operator: 'x',
      }));
      const unsigned = {
        origin: identity.nodeId,
        firstSeq: seq + 1,
        lastSeq: seq + changes.length,
        changes,
        redacted: [],
      };
      seq += changes.length;
      return {
        ...unsigned,
        signature: signBytes(identity, commitBytes(unsigned) ?? Buffer.alloc(0)),
      };
    },
  };
}

const action = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), node: fc.nat(2), local: fc.boolean() }),
  fc.record({ kind: fc.constant('update' as const), node: fc.nat(2), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('note' as const), node: fc.nat(2), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('share' as const), node: fc.nat(2), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('takeover' as const), victim: fc.nat(2), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('redact' as const), pick: fc.nat(50), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('officeLie' as const), claims: fc.nat(2), to: fc.nat(2) }),
  fc.record({
    kind: fc.constant('replay' as const),
    pick: fc.nat(50),
    tamper: fc.boolean(),
    to: fc.nat(2),
  }),
);

describe('four nodes, one hostile', () => {
  it('honest nodes end identical, holding every honest change, every hostile change refused', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 40 }), (actions) => {
        let now = 1_764_000_000_000;
        const tick = { now: () => (now += 1000) };
        const honest = offices.map((office) => member(office, tick));
        const hostile = member(hostileOffice, tick);
        const everyone = [...honest, hostile];
        for (const left of everyone)
          for (const right of everyone)
            if (left !== right)
              addPeer(
                left.db,
                { nodeId: right.identity.nodeId, officeId: right.office, address: '127.0.0.1:1' },
                0,
              );
        const x = forger(hostile.identity, hostileOffice);
        // The hostile node's honest-looking registration went out when it was paired.
        const registration = hostile.store.commitsFor({}, 100, new Set())[0] as Commit;
        const sent: Commit[] = [];
        const hostileOutcomes: string[] = [];
        const deliver = (to: Member, commit: Commit, peer: string) =>
          to.store.receive(commit, peer);
        const attack = (to: Member, commit: Commit, peer = hostile.identity.nodeId) => {
          sent.push(commit);
          const outcome = deliver(to, commit, peer);
          if (outcome.status === 'rejected') hostileOutcomes.push(outcome.rejection.code);
        };
        const exchange = (from: Member, to: Member) => {
          for (;;) {
            const commits = from.store.commitsFor({ ...to.store.vector }, 500, new Set());
            if (commits.length === 0) return;
            let moved = false;
            for (const commit of commits) {
              const outcome = deliver(to, commit, from.identity.nodeId);
              if (outcome.status === 'applied') moved = true;
            }
            if (!moved) return;
          }
        };
        for (const node of honest) deliver(node, registration, hostile.identity.nodeId);
        x.sign(officeIntents(hostileOffice, hostile.identity), now); // its seqs 1–2 are that registration

        for (const step of actions) {
          if (step.kind === 'sync') {
            const from = everyone[step.from] as Member;
            const to = everyone[step.to === step.from ? (step.to + 1) % 3 : step.to] as Member;
            if (from !== to) exchange(from, to);
            exchange(to, hostile);
            continue;
          }
          if (
            step.kind === 'create' ||
            step.kind === 'update' ||
            step.kind === 'note' ||
            step.kind === 'share'
          ) {
            const node = honest[step.node] as Member;
            const own = node.ownCases;
            if (step.kind === 'create') {
              const id = `${node.office}:c${own.length}-${node.identity.nodeId.slice(0, 4).toLowerCase()}`;
              node.log.write(
                [
                  {
                    entity: 'case',
                    recordId: id,
                    op: 'create',
                    body: { fields: caseFields({ sharing: step.local ? 'local' : 'network' }) },
                  },
                ],
                'op',
              );
              own.push({ id, local: step.local });
            } else if (step.kind === 'update' && own.length > 0) {
              const target = own[step.pick % own.length] as { id: string };
              node.log.write(
                [
                  {
                    entity: 'case',
                    recordId: target.id,
                    op: 'update',
                    body: { fields: { lane: 'arrested' } },
                  },
                ],
                'op',
              );
            } else if (step.kind === 'share' && own.length > 0) {
              const target = own[step.pick % own.length] as { id: string; local: boolean };
              node.log.write(
                [
                  {
                    entity: 'case',
                    recordId: target.id,
                    op: 'update',
                    body: { fields: { sharing: 'network' } },
                  },
                ],
                'op',
              );
              target.local = false;
            } else if (step.kind === 'note') {
              const held = node.db
                .prepare('SELECT id FROM cases WHERE deleted = 0 ORDER BY id')
                .pluck()
                .all() as string[];
              const target = held[step.pick % Math.max(1, held.length)];
              if (target !== undefined)
                node.log.write(
                  [
                    {
                      entity: 'note',
                      recordId: `${node.office}:n${now}`,
                      op: 'create',
                      body: {
                        fields: { targetEntity: 'case', targetId: target, text: 'seen at Barakar' },
                      },
                    },
                  ],
                  'op',
                );
            }
            continue;
          }
          const to = honest[step.to] as Member;
          if (step.kind === 'takeover') {
            const victim = honest[step.victim] as Member;
            const id = victim.identity.nodeId.toLowerCase();
            attack(
              to,
              x.sign(
                [
                  {
                    entity: 'node',
                    recordId: id,
                    op: 'create',
                    body: {
                      fields: {
                        officeId: hostileOffice,
                        publicKey: victim.identity.publicKeyHex,
                        label: 'mine',
                      },
                    },
                  },
                  { entity: 'node', recordId: id, op: 'delete', body: {} },
                ],
                1_700_000_000_000,
              ),
            );
          } else if (step.kind === 'redact') {
            const relayed = hostile.store
              .commitsFor({}, 100_000, new Set())
              .filter(
                (commit) => commit.origin !== hostile.identity.nodeId && commit.changes.length > 0,
              );
            const commit = relayed[step.pick % Math.max(1, relayed.length)];
            if (commit) {
              const [hidden, ...rest] = commit.changes as [Change, ...Change[]];
              attack(to, {
                ...commit,
                changes: rest,
                redacted: [...commit.redacted, { seq: hidden.seq, hash: changeHash(hidden) }].sort(
                  (l, r) => l.seq - r.seq,
                ),
              });
            }
          } else if (step.kind === 'officeLie') {
            // A new workstation paired with `to` as a Bokaro one, whose own record says it is
            // of another office (that of `to`, or any honest one).
            const liar = forger(createNodeIdentity(), offices[step.claims] as string);
            addPeer(
              to.db,
              { nodeId: liar.identity.nodeId, officeId: hostileOffice, address: '127.0.0.1:1' },
              0,
            );
            attack(
              to,
              liar.sign(
                [
                  ...officeIntents(offices[step.claims] as string, liar.identity).slice(1),
                  {
                    entity: 'case',
                    recordId: `${offices[step.claims]}:lie${now}`,
                    op: 'create',
                    body: { fields: caseFields() },
                  },
                ],
                now,
              ),
              liar.identity.nodeId,
            );
          } else if (sent.length > 0) {
            const old = sent[step.pick % sent.length] as Commit;
            const [first] = old.changes;
            attack(
              to,
              step.tamper && first
                ? {
                    ...old,
                    changes: [
                      { ...first, body: { fields: { ...first.body.fields, label: 'x' } } },
                      ...old.changes.slice(1),
                    ],
                  }
                : old,
            );
          }
        }

        // Honest nodes gossip until nothing moves.
        for (let round = 0; round < 4; round += 1)
          for (const from of honest) for (const to of honest) if (from !== to) exchange(from, to);

        // Records some origin keeps local differ by design (the origin holds their history):
        // every honest node must agree on all the rest.
        const localIds = new Set(
          honest.flatMap(
            (node) =>
              node.db
                .prepare('SELECT DISTINCT record_id FROM changes WHERE local = 1')
                .pluck()
                .all() as string[],
          ),
        );
        const [first, ...others] = honest.map((node) => sharedDump(node.db, localIds));
        for (const other of others) expect(other).toBe(first);
        for (const origin of honest) {
          const written = origin.db
            .prepare('SELECT seq, local FROM changes WHERE origin = ? ORDER BY seq')
            .all(origin.identity.nodeId) as Array<{ seq: number; local: number }>;
          for (const node of honest) {
            expect(node.store.vector[origin.identity.nodeId]).toBe(written.length);
            const applied = node.db
              .prepare("SELECT count(*) FROM changes WHERE origin = ? AND status = 'applied'")
              .pluck()
              .get(origin.identity.nodeId);
            expect(applied).toBe(
              written.filter((change) => node === origin || change.local === 0).length,
            );
            const record = node.db
              .prepare('SELECT office_id, deleted FROM nodes WHERE id = ?')
              .get(origin.identity.nodeId.toLowerCase());
            expect(record).toEqual({ office_id: origin.office, deleted: 0 });
          }
        }
        // A hostile change that got in (its commit verified) ends refused, with its reason
        // kept beside it; the rest never got in (their commits were rejected, and logged).
        for (const node of honest) {
          const notRefused = node.db
            .prepare(
              `SELECT count(*) FROM changes
               WHERE origin NOT IN (${honest.map(() => '?').join(', ')})
                 AND NOT (origin = ? AND seq <= 2)
                 AND (status <> 'refused' OR reason IS NULL)`,
            )
            .pluck()
            .get(...honest.map((other) => other.identity.nodeId), hostile.identity.nodeId);
          expect(notRefused).toBe(0);
        }
        const expected = [
          'BAD_SIGNATURE',
          'NOT_OWNER',
          'PEER_OFFICE_MISMATCH',
          'UNKNOWN_NODE',
          'SYNC_GAP',
        ];
        for (const code of hostileOutcomes) expect(expected).toContain(code);
      }),
      { numRuns: runs },
    );
  }, 240_000);
});
