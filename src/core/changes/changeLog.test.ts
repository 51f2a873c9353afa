import { describe, expect, it } from 'vitest';
import type { Change, Commit } from '../../shared/domain/change';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { memoryDb } from '../testing/memoryDb';
import { changeHash, commitBytes, createChangeLog, verifyCommit } from './changeLog';
import { createHlc, formatStamp } from './hlc';

const clock = { now: () => 1_764_000_000_000 };

function sampleCommit(): Omit<Commit, 'signature'> {
  return {
    origin: 'ABCD-EFGH-JKMN-PQRS',
    firstSeq: 7,
    lastSeq: 8,
    redacted: [],
    changes: [
      {
        origin: 'ABCD-EFGH-JKMN-PQRS',
        seq: 7,
        hlc: formatStamp(1_764_000_000_000, 0),
        office: 'jh-dhanbad',
        operator: 'op"1',
        entity: 'case',
        recordId: 'c1',
        op: 'update',
        body: { fields: { place: 'নিরসা "bazar"', lane: 'arrested' } },
      },
      {
        origin: 'ABCD-EFGH-JKMN-PQRS',
        seq: 8,
        hlc: formatStamp(1_764_000_000_000, 1),
        office: 'jh-dhanbad',
        operator: 'op"1',
        entity: 'case',
        recordId: 'c1',
        op: 'add',
        body: { value: 'JH-10-AB-1234', field: 'vehicles' },
      },
    ],
  };
}

describe('signed commits', () => {
  it('sign the hash of every change and which ones the origin withheld, so a relay can withhold no more', () => {
    const identity = createNodeIdentity();
    const unsigned = sampleCommit();
    const [first, second] = unsigned.changes;
    if (!first || !second) throw new Error('sample');
    // The origin marked seq 7 local: the commit travels without it and still verifies.
    const signature = signBytes(identity, commitBytes(unsigned, [7]) ?? Buffer.alloc(0));
    const partial = {
      ...unsigned,
      signature,
      changes: [second],
      redacted: [{ seq: 7, hash: changeHash(first) }],
    };
    expect(verifyCommit(partial, identity.publicKeyHex)).toBe(true);
    const wrongHash = { ...partial, redacted: [{ seq: 7, hash: changeHash(second) }] };
    expect(verifyCommit(wrongHash, identity.publicKeyHex)).toBe(false);
    expect(verifyCommit({ ...partial, redacted: [] }, identity.publicKeyHex)).toBe(false);
    // The attack: a relay moves a shared change (seq 8, say a revocation) into the withheld
    // part. The hashes still add up, but the origin did not withhold it: refused.
    const hidden = {
      ...partial,
      changes: [],
      redacted: [
        { seq: 7, hash: changeHash(first) },
        { seq: 8, hash: changeHash(second) },
      ],
    };
    expect(verifyCommit(hidden, identity.publicKeyHex)).toBe(false);
    // Nor can a relay withhold anything of a commit the origin shared whole.
    const whole = {
      ...unsigned,
      signature: signBytes(identity, commitBytes(unsigned, []) ?? Buffer.alloc(0)),
    };
    expect(verifyCommit(whole, identity.publicKeyHex)).toBe(true);
    expect(
      verifyCommit(
        { ...whole, changes: [second], redacted: [{ seq: 7, hash: changeHash(first) }] },
        identity.publicKeyHex,
      ),
    ).toBe(false);
    const keyOrder = { ...first, body: { fields: { lane: 'arrested', place: 'নিরসা "bazar"' } } };
    expect(changeHash(keyOrder)).toBe(changeHash(first));
  });

  it('verify only with the signer key and only untampered', () => {
    const identity = createNodeIdentity();
    const unsigned = sampleCommit();
    const commit = {
      ...unsigned,
      signature: signBytes(identity, commitBytes(unsigned) ?? Buffer.alloc(0)),
    };
    expect(verifyCommit(commit, identity.publicKeyHex)).toBe(true);
    expect(verifyCommit(commit, createNodeIdentity().publicKeyHex)).toBe(false);
    const tampered = structuredClone(commit);
    (tampered.changes[0] as { body: { fields: Record<string, unknown> } }).body.fields.lane =
      'closed';
    expect(verifyCommit(tampered, identity.publicKeyHex)).toBe(false);
  });

  it('receive refuses a forged commit and a node that claims another office, applying nothing', () => {
    const db = memoryDb();
    const mallory = createNodeIdentity();
    const log = createChangeLog({
      db,
      identity: createNodeIdentity(),
      hlc: createHlc(clock),
      clock,
      officeId: 'jh-dhanbad',
    });
    const registration = {
      origin: mallory.nodeId,
      firstSeq: 1,
      lastSeq: 1,
      redacted: [],
      changes: [
        {
          origin: mallory.nodeId,
          seq: 1,
          hlc: formatStamp(1_764_000_000_000, 0),
          office: 'jh-dhanbad',
          operator: 'x',
          entity: 'node' as const,
          recordId: mallory.nodeId.toLowerCase(),
          op: 'create' as const,
          body: { fields: { officeId: 'wb-adpc', publicKey: mallory.publicKeyHex, label: 'x' } },
        },
      ],
    };
    const signed = {
      ...registration,
      signature: signBytes(mallory, commitBytes(registration) ?? Buffer.alloc(0)),
    };
    expect(() => log.receive(signed)).toThrow(expect.objectContaining({ code: 'NOT_OWNER' }));
    expect(() => log.receive({ ...signed, signature: '00'.repeat(64) })).toThrow(
      expect.objectContaining({ code: 'BAD_SIGNATURE' }),
    );
    expect((db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n).toBe(0);
  });
});

/** A node of `officeId` writing into `db` through its own change log; its commits, signed. */
function officeNode(officeId: string) {
  const identity = createNodeIdentity();
  const commits: Commit[] = [];
  const register = {
    entity: 'node' as const,
    recordId: identity.nodeId.toLowerCase(),
    op: 'create' as const,
    body: { fields: { officeId, publicKey: identity.publicKeyHex, label: 'x' } },
  };
  let seq = 0;
  const sign = (
    intents: Array<Omit<Change, 'origin' | 'seq' | 'hlc' | 'office' | 'operator'>>,
    hlc = formatStamp(1_764_000_000_000, 0),
  ) => {
    const changes = intents.map((intent) => ({
      ...intent,
      origin: identity.nodeId,
      seq: (seq += 1),
      hlc,
      office: officeId,
      operator: 'x',
    }));
    const unsigned = {
      origin: identity.nodeId,
      firstSeq: changes[0]?.seq ?? 1,
      lastSeq: seq,
      changes,
      redacted: [],
    };
    const commit = {
      ...unsigned,
      signature: signBytes(identity, commitBytes(unsigned) ?? Buffer.alloc(0)),
    };
    commits.push(commit);
    return commit;
  };
  return { identity, register, sign, commits };
}

describe('receive refuses forgery and takeover', () => {
  const caseFields = {
    policeStation: 'Nirsa',
    firNumber: '1',
    firYear: 2026,
    sections: ['BNS 303(2)'],
    crimeHead: 'Theft',
    occurredAt: 1_763_000_000_000,
    place: '',
    propertyValue: 0,
    mo: '',
    summary: '',
    lane: 'reported',
    priority: 'normal',
    sharing: 'network',
  };

  function dhanbadNode() {
    const db = memoryDb();
    const log = createChangeLog({
      db,
      identity: createNodeIdentity(),
      hlc: createHlc(clock),
      clock,
      officeId: 'jh-dhanbad',
    });
    return { db, log };
  }

  it('a stranger cannot join an office this node knows, unless it is the paired peer on the line', () => {
    const { log } = dhanbadNode();
    const first = officeNode('jh-dhanbad');
    log.receive(first.sign([first.register]), { pairedOffice: 'jh-dhanbad' });
    const stranger = officeNode('jh-dhanbad');
    const forged = stranger.sign([
      stranger.register,
      { entity: 'case', recordId: 'jh-dhanbad:x1', op: 'create', body: { fields: caseFields } },
    ]);
    expect(() => log.receive(forged)).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
    expect(log.receive(forged, { pairedOffice: 'jh-dhanbad' }).refused).toEqual([]);
  });

  it('another office cannot create, re-create or take over a record of this office', () => {
    const { log } = dhanbadNode();
    const adpc = officeNode('wb-adpc');
    const report = log.receive(
      adpc.sign([
        adpc.register,
        { entity: 'case', recordId: 'jh-dhanbad:s1', op: 'create', body: { fields: caseFields } },
      ]),
    );
    expect(report.refused.map((entry) => entry.reason)).toEqual(['NOT_OWNER']);
  });

  it('a node cannot move itself to another office or change its key', () => {
    const { db, log } = dhanbadNode();
    const adpc = officeNode('wb-adpc');
    log.receive(adpc.sign([adpc.register]));
    const report = log.receive(
      adpc.sign([
        {
          entity: 'node',
          recordId: adpc.identity.nodeId.toLowerCase(),
          op: 'update',
          body: { fields: { officeId: 'jh-dhanbad' } },
        },
      ]),
    );
    expect(report.refused.map((entry) => entry.reason)).toEqual(['INVALID_INPUT']);
    expect(
      db
        .prepare('SELECT office_id FROM nodes WHERE id = ?')
        .pluck()
        .get(adpc.identity.nodeId.toLowerCase()),
    ).toBe('wb-adpc');
  });

  it('refuses a stamp far in the future, and a malformed commit, applying nothing', () => {
    const { db, log } = dhanbadNode();
    const adpc = officeNode('wb-adpc');
    expect(() => log.receive(adpc.sign([adpc.register], '999999999999999.999999'))).toThrow(
      expect.objectContaining({ code: 'STAMP_IN_FUTURE' }),
    );
    expect(() => log.receive({ origin: 'nope' } as unknown as Commit)).toThrow(
      expect.objectContaining({ code: 'SYNC_BAD_FRAME' }),
    );
    expect(db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(0);
  });
});

describe('hybrid logical clock', () => {
  it('never grows its counter past six digits: it borrows the next millisecond', () => {
    const frozen = { now: () => 1_000 };
    const hlc = createHlc(frozen, formatStamp(1_000, 999_998));
    expect(hlc.next()).toBe(formatStamp(1_000, 999_999));
    expect(hlc.next()).toBe(formatStamp(1_001, 0));
  });
});
