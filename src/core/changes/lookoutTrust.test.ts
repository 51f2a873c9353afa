import { describe, expect, it } from 'vitest';
import type { Change, Commit } from '../../shared/domain/change';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { getHit, getLookout, listHits } from '../repos/lookoutRepo';
import { memoryDb } from '../testing/memoryDb';
import { createChangeLog } from './changeLog';
import { commitBytes } from './commitSigning';
import { createHlc, formatStamp } from './hlc';

const now = 1_764_000_000_000;
const clock = { now: () => now };
type Intent = Omit<Change, 'origin' | 'seq' | 'hlc' | 'office' | 'operator'>;

/** A node of `officeId` signing its own commits, as a paired peer's arrive. */
function signer(officeId: string) {
  const identity = createNodeIdentity();
  let seq = 0;
  const sign = (intents: Intent[]): Commit => {
    const changes = intents.map((intent, index) => ({
      ...intent,
      origin: identity.nodeId,
      seq: seq + 1 + index,
      hlc: formatStamp(now + seq + index, 0),
      office: officeId,
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
  const register: Intent = {
    entity: 'node',
    recordId: identity.nodeId.toLowerCase(),
    op: 'create',
    body: { fields: { officeId, publicKey: identity.publicKeyHex, label: 'peer' } },
  };
  return { sign, register };
}

const lookoutId = 'jh-dhanbad:lookout1';
const lookoutFields = {
  target: 'suspect',
  kind: 'wanted',
  suspectId: null,
  name: 'Md. Rabiul Sheikh',
  fatherName: '',
  age: null,
  aliases: [],
  particulars: '',
  vehicle: '',
  phone: '',
  photo: null,
  action: 'Arrest',
  validFrom: now - 1000,
  validUntil: now + 86_400_000,
  reward: 0,
  withdrawn: false,
  withdrawnReason: '',
};

/** Dhanbad's node, holding its own lookout, with Asansol-Durgapur's node paired. */
function dhanbadWithLookout() {
  const db = memoryDb();
  const log = createChangeLog({
    db,
    identity: createNodeIdentity(),
    hlc: createHlc(clock),
    clock,
    officeId: 'jh-dhanbad',
  });
  log.write(
    [{ entity: 'lookout', recordId: lookoutId, op: 'create', body: { fields: lookoutFields } }],
    'op',
  );
  const peer = signer('wb-adpc');
  log.receive(peer.sign([peer.register]), { pairedOffice: 'wb-adpc' });
  const lookout = () =>
    db.prepare('SELECT withdrawn, action, deleted FROM lookouts WHERE id = ?').get(lookoutId);
  return { db, log, peer, lookout };
}

describe('attack: another office withdraws, edits or answers for a lookout it did not issue', () => {
  it('a paired node of another office cannot withdraw, edit or delete Dhanbad’s lookout', () => {
    const { log, peer, lookout } = dhanbadWithLookout();
    const report = log.receive(
      peer.sign([
        {
          entity: 'lookout',
          recordId: lookoutId,
          op: 'update',
          body: { fields: { withdrawn: true, withdrawnReason: 'arrested' } },
        },
        {
          entity: 'lookout',
          recordId: lookoutId,
          op: 'update',
          body: { fields: { action: 'Ignore' } },
        },
        { entity: 'lookout', recordId: lookoutId, op: 'delete', body: {} },
      ]),
      { pairedOffice: 'wb-adpc' },
    );
    expect(report.refused.map((entry) => entry.reason)).toEqual([
      'NOT_OWNER',
      'NOT_OWNER',
      'NOT_OWNER',
    ]);
    expect(lookout()).toEqual({ withdrawn: 0, action: 'Arrest', deleted: 0 });
  });

  it('another office cannot reply "not the same person" to silence hits on Dhanbad’s lookout; its own hit is taken', () => {
    const { db, log, peer } = dhanbadWithLookout();
    const hit = {
      entity: 'hit' as const,
      recordId: 'wb-adpc:hit1',
      op: 'create' as const,
      body: {
        fields: {
          lookoutId,
          matchEntity: 'suspect',
          matchId: 'wb-adpc:s1',
          matchTitle: 'রবিউল শেখ',
          reasons: ['name'],
          score: 80,
          foundAt: now,
        },
      },
    };
    const reply = {
      entity: 'hitReply' as const,
      recordId: 'wb-adpc:reply1',
      op: 'create' as const,
      body: {
        fields: {
          lookoutId,
          hitId: 'wb-adpc:hit1',
          matchId: 'wb-adpc:s1',
          verdict: 'not_same_person',
          note: '',
        },
      },
    };
    const report = log.receive(peer.sign([hit, reply]), { pairedOffice: 'wb-adpc' });
    expect(report.refused.map((entry) => [entry.change.entity, entry.reason])).toEqual([
      ['hitReply', 'NOT_OWNER'],
    ]);
    expect(db.prepare('SELECT count(*) FROM hits').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM hit_replies').pluck().get()).toBe(0);
    // Dhanbad itself may answer the hit.
    log.write(
      [
        {
          entity: 'hitReply',
          recordId: 'jh-dhanbad:reply1',
          op: 'create',
          body: { fields: { ...reply.body.fields, verdict: 'arrested' } },
        },
      ],
      'op',
    );
    expect(db.prepare('SELECT verdict FROM hit_replies').pluck().all()).toEqual(['arrested']);
  });
});

describe('attack: a third office answers a hit on a lookout it did not issue', () => {
  const gayaHit = {
    entity: 'hit' as const,
    recordId: 'br-gaya:hit1',
    op: 'create' as const,
    body: {
      fields: {
        lookoutId,
        matchEntity: 'suspect',
        matchId: 'br-gaya:s1',
        matchTitle: 'Rabiul Sheikh',
        reasons: ['name'],
        score: 80,
        foundAt: now,
      },
    },
  };
  const forgedReply = {
    entity: 'hitReply' as const,
    recordId: 'wb-adpc:reply9',
    op: 'create' as const,
    body: {
      fields: {
        lookoutId: 'wb-adpc:nosuch',
        hitId: 'br-gaya:hit1',
        matchId: 'br-gaya:s1',
        verdict: 'arrested',
        note: '',
      },
    },
  };

  for (const order of ['hit first', 'reply first'] as const) {
    it(`a reply naming its own (made-up) lookout does not answer Gaya’s hit on Dhanbad’s lookout (${order})`, () => {
      const { db, log, peer } = dhanbadWithLookout();
      const gaya = signer('br-gaya');
      log.receive(gaya.sign([gaya.register]), { pairedOffice: 'br-gaya' });
      const sendHit = () => log.receive(gaya.sign([gayaHit]), { pairedOffice: 'br-gaya' });
      const sendReply = () => log.receive(peer.sign([forgedReply]), { pairedOffice: 'wb-adpc' });
      if (order === 'hit first') {
        sendHit();
        // The hit is held: a reply naming another lookout for it is refused outright.
        expect(sendReply().refused.map((entry) => entry.reason)).toEqual(['NOT_OWNER']);
      } else {
        sendReply();
        sendHit();
      }
      expect(getHit(db, 'br-gaya:hit1')?.reply).toBeNull();
      expect(listHits(db, lookoutId, 10).map((hit) => hit.reply)).toEqual([null]);
      expect(getLookout(db, lookoutId, now)?.openHits).toBe(1);
      // Dhanbad's own reply still answers it.
      log.write(
        [
          {
            entity: 'hitReply',
            recordId: 'jh-dhanbad:reply2',
            op: 'create',
            body: { fields: { ...forgedReply.body.fields, lookoutId, verdict: 'arrested' } },
          },
        ],
        'op',
      );
      expect(getHit(db, 'br-gaya:hit1')?.reply).toMatchObject({
        verdict: 'arrested',
        officeId: 'jh-dhanbad',
      });
      expect(getLookout(db, lookoutId, now)?.openHits).toBe(0);
    });
  }

  it('a reply from the issuing office naming a hit on another record answers nothing', () => {
    const { db, log } = dhanbadWithLookout();
    const gaya = signer('br-gaya');
    log.receive(gaya.sign([gaya.register]), { pairedOffice: 'br-gaya' });
    // Dhanbad's reply about another record, pointed at Gaya's hit before the hit arrives.
    log.write(
      [
        {
          entity: 'hitReply',
          recordId: 'jh-dhanbad:reply3',
          op: 'create',
          body: {
            fields: { ...forgedReply.body.fields, lookoutId, matchId: 'br-gaya:other' },
          },
        },
      ],
      'op',
    );
    log.receive(gaya.sign([gayaHit]), { pairedOffice: 'br-gaya' });
    expect(getHit(db, 'br-gaya:hit1')?.reply).toBeNull();
    expect(getLookout(db, lookoutId, now)?.openHits).toBe(1);
  });
});
