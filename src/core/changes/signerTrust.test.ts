import { describe, expect, it } from 'vitest';
import type { Change, Commit } from '../../shared/domain/change';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { memoryDb } from '../testing/memoryDb';
import { createChangeLog } from './changeLog';
import { commitBytes } from './commitSigning';
import { createHlc, formatStamp } from './hlc';

const now = 1_764_000_000_000;
const clock = { now: () => now };
type Intent = Omit<Change, 'origin' | 'seq' | 'hlc' | 'office' | 'operator'>;

/** A node that signs commits as `officeId` (its own create says `claims`, default the same). */
function signer(officeId: string) {
  const identity = createNodeIdentity();
  const id = identity.nodeId.toLowerCase();
  let seq = 0;
  const register = (claims = officeId): Intent => ({
    entity: 'node',
    recordId: id,
    op: 'create',
    body: { fields: { officeId: claims, publicKey: identity.publicKeyHex, label: 'x' } },
  });
  const sign = (intents: Intent[], at = now, office = officeId): Commit => {
    const changes = intents.map((intent, index) => ({
      ...intent,
      origin: identity.nodeId,
      seq: seq + 1 + index,
      hlc: formatStamp(at, index),
      office,
      operator: 'x',
    }));
    const firstSeq = seq + 1;
    seq += changes.length;
    const unsigned = { origin: identity.nodeId, firstSeq, lastSeq: seq, changes, redacted: [] };
    return {
      ...unsigned,
      signature: signBytes(identity, commitBytes(unsigned) ?? Buffer.alloc(0)),
    };
  };
  return { identity, id, register, sign };
}

const caseFields = {
  policeStation: 'Kulti',
  firNumber: '1',
  firYear: 2026,
  sections: ['BNS 303(2)'],
  crimeHead: 'Theft',
  occurredAt: now - 86_400_000,
  place: '',
  propertyValue: 0,
  mo: '',
  summary: '',
  lane: 'reported',
  priority: 'normal',
  sharing: 'network',
};

function dhanbad() {
  const db = memoryDb();
  const log = createChangeLog({
    db,
    identity: createNodeIdentity(),
    hlc: createHlc(clock),
    clock,
    officeId: 'jh-dhanbad',
  });
  const officeOfNode = (id: string) =>
    db.prepare('SELECT office_id, deleted FROM nodes WHERE id = ?').get(id) as
      { office_id: string; deleted: number } | undefined;
  return { db, log, officeOfNode };
}

describe('attack 1: taking over a node record', () => {
  it('a back-dated create of a victim node under another office is refused; the victim syncs on and cannot be revoked by it', () => {
    const { log, officeOfNode } = dhanbad();
    const victim = signer('wb-adpc');
    const attacker = signer('wb-purulia');
    log.receive(victim.sign([victim.register()]));
    log.receive(attacker.sign([attacker.register()]));
    const takeover = log.receive(
      attacker.sign(
        [
          {
            entity: 'node',
            recordId: victim.id,
            op: 'create',
            body: {
              fields: {
                officeId: 'wb-purulia',
                publicKey: victim.identity.publicKeyHex,
                label: 'mine now',
              },
            },
          },
        ],
        now - 30 * 86_400_000,
      ),
    );
    expect(takeover.refused.map((entry) => entry.reason)).toEqual(['NOT_OWNER']);
    expect(officeOfNode(victim.id)).toEqual({ office_id: 'wb-adpc', deleted: 0 });
    const revoke = log.receive(
      attacker.sign([{ entity: 'node', recordId: victim.id, op: 'delete', body: {} }]),
    );
    expect(revoke.refused.map((entry) => entry.reason)).toEqual(['NOT_OWNER']);
    const report = log.receive(
      victim.sign([
        { entity: 'case', recordId: 'wb-adpc:c1', op: 'create', body: { fields: caseFields } },
      ]),
    );
    expect(report.refused).toEqual([]);
  });

  it('when the hostile create arrives before the victim’s own, the victim’s own signed create settles the record', () => {
    const { log, officeOfNode } = dhanbad();
    const victim = signer('wb-adpc');
    const attacker = signer('wb-purulia');
    log.receive(attacker.sign([attacker.register()]));
    log.receive(
      attacker.sign(
        [
          {
            entity: 'node',
            recordId: victim.id,
            op: 'create',
            body: {
              fields: {
                officeId: 'wb-purulia',
                publicKey: victim.identity.publicKeyHex,
                label: 'x',
              },
            },
          },
          { entity: 'node', recordId: victim.id, op: 'delete', body: {} },
        ],
        now - 30 * 86_400_000,
      ),
    );
    const report = log.receive(
      victim.sign([
        victim.register(),
        { entity: 'case', recordId: 'wb-adpc:c1', op: 'create', body: { fields: caseFields } },
      ]),
    );
    expect(report.refused.map((entry) => `${entry.change.origin}:${entry.reason}`)).toEqual(
      expect.arrayContaining([`${attacker.identity.nodeId}:NOT_OWNER`]),
    );
    expect(report.refused.some((entry) => entry.change.origin === victim.identity.nodeId)).toBe(
      false,
    );
    expect(officeOfNode(victim.id)).toEqual({ office_id: 'wb-adpc', deleted: 0 });
  });
});

describe('attack 4: a paired peer lying about its office', () => {
  it('a directly paired peer whose own record names another office than the one paired is refused, nothing applied, nothing vouched', () => {
    const { db, log } = dhanbad();
    const liar = signer('jh-dhanbad');
    const commit = liar.sign([
      liar.register(),
      { entity: 'case', recordId: 'jh-dhanbad:c9', op: 'create', body: { fields: caseFields } },
    ]);
    // Paired over the phone as a Purulia workstation, it claims to be one of Dhanbad's own.
    expect(() => log.receive(commit, { pairedOffice: 'wb-purulia' })).toThrow(
      expect.objectContaining({ code: 'PEER_OFFICE_MISMATCH' }),
    );
    expect(db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM nodes').pluck().get()).toBe(0);
  });

  it('a known node on the line must also be of the office it was paired for', () => {
    const { log } = dhanbad();
    const adpc = signer('wb-adpc');
    log.receive(adpc.sign([adpc.register()]));
    const edit = adpc.sign([
      { entity: 'case', recordId: 'wb-adpc:c2', op: 'create', body: { fields: caseFields } },
    ]);
    expect(() => log.receive(edit, { pairedOffice: 'wb-purulia' })).toThrow(
      expect.objectContaining({ code: 'PEER_OFFICE_MISMATCH' }),
    );
    expect(log.receive(edit, { pairedOffice: 'wb-adpc' }).refused).toEqual([]);
  });

  it('a workstation paired as this office is vouched for; one paired as another office never is', () => {
    const { db, log } = dhanbad();
    const own = signer('jh-dhanbad');
    log.receive(own.sign([own.register()]), { pairedOffice: 'jh-dhanbad' });
    const vouches = () =>
      db
        .prepare("SELECT count(*) FROM changes WHERE entity = 'node' AND operator = 'system'")
        .pluck()
        .get();
    expect(vouches()).toBe(1);
    const other = signer('wb-adpc');
    log.receive(other.sign([other.register()]), { pairedOffice: 'wb-adpc' });
    expect(vouches()).toBe(1);
  });

  it('a relay cannot bring in a first node for an office this node has paired with', () => {
    const { db, log } = dhanbad();
    db.prepare(
      "INSERT INTO peers (node_id, office_id, address, added_at) VALUES ('AAAA-BBBB-CCCC-DDDD', 'wb-adpc', '10.0.0.2:7443', 0)",
    ).run();
    const impostor = signer('wb-adpc');
    expect(() => log.receive(impostor.sign([impostor.register()]))).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_NODE' }),
    );
    // An office nobody here has paired with is still taken on first sight.
    const purulia = signer('wb-purulia');
    expect(log.receive(purulia.sign([purulia.register()])).refused).toEqual([]);
  });
});
