import { describe, expect, it } from 'vitest';
import type { Commit } from '../../shared/domain/change';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { memoryDb } from '../testing/memoryDb';
import { changeHash, commitBytes, createChangeLog, verifyCommit } from './changeLog';
import { createHlc } from './hlc';

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
        hlc: '000001764000000000.000000',
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
        hlc: '000001764000000000.000001',
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
  it('sign the hash of every change, so a commit with some changes withheld still verifies', () => {
    const identity = createNodeIdentity();
    const unsigned = sampleCommit();
    const signature = signBytes(identity, commitBytes(unsigned) ?? Buffer.alloc(0));
    const [first, second] = unsigned.changes;
    if (!first || !second) throw new Error('sample');
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
          hlc: '000001764000000000.000000',
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
