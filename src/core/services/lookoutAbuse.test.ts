import { afterEach, describe, expect, it } from 'vitest';
import type { Change, Commit } from '../../shared/domain/change';
import { logExtraDefaults } from '../../shared/domain/recordExtras';
import { isLookoutNotice } from '../bulletin/bulletinLookouts';
import { commitBytes } from '../changes/commitSigning';
import { formatStamp } from '../changes/hlc';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { peerOffice } from '../testing/peerOffice';
import { tempNode } from '../testing/tempCore';
import { createHitCheck, maxCandidates } from './hitCheck';
import { maxHitsPerCommit, scanSlice } from './hitWatcher';
import { lookoutInputFor, suspectInputFor } from './lookoutTestKit';

const now = Date.UTC(2026, 11, 1, 6);
const clock = { now: () => now };
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function node() {
  const made = await tempNode(clock);
  cleanups.push(made.cleanup);
  return made;
}

const lookoutChange = (recordId: string, input = lookoutInputFor(now)) => ({
  entity: 'lookout' as const,
  recordId,
  op: 'create' as const,
  body: { fields: { ...input, withdrawn: false, withdrawnReason: '' } },
});

type Intent = Omit<Change, 'origin' | 'seq' | 'hlc' | 'office' | 'operator'>;

/** Commits of a paired node of `officeId`, as they arrive by sync (its registration first). */
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

/** A hit a third office writes on another office's lookout and record: a decoy. */
const decoyHit = (
  recordId: string,
  lookoutId: string,
  matchId: string,
  match: { reasons: string[]; score: number },
): Intent => ({
  entity: 'hit',
  recordId,
  op: 'create',
  body: {
    fields: {
      lookoutId,
      matchEntity: 'suspect',
      matchId,
      matchTitle: 'someone else',
      ...match,
      foundAt: now,
    },
  },
});

describe('attack: a third office plants a decoy hit', () => {
  it('a hit Gaya plants on (Asansol’s lookout, Dhanbad’s suspect) does not stop Dhanbad raising the real one', async () => {
    const { api, context } = await node();
    const { id: suspectId } = await api['suspects.create'](
      suspectInputFor({ name: 'Rabiul Sheikh' }),
    );
    const lookoutId = 'wb-adpc:lookout1';
    peerOffice(context, 'wb-adpc').write([lookoutChange(lookoutId)]);
    peerOffice(context, 'br-gaya').write([
      decoyHit('br-gaya:decoy1', lookoutId, suspectId, { reasons: ['name'], score: 71 }),
    ]);
    await api['suspects.update']({ id: suspectId, fields: { marks: 'Mole on chin' } });
    const officesOf = async () =>
      (await api['hits.list']({ lookoutId, limit: 10 })).map((hit) => hit.officeId).sort();
    expect(await officesOf()).toEqual(['br-gaya', 'jh-dhanbad']);
    // Dhanbad's own hit, awaiting its reply, does hold the pair back.
    await api['suspects.update']({ id: suspectId, fields: { marks: 'Scar on the left hand' } });
    expect(await officesOf()).toEqual(['br-gaya', 'jh-dhanbad']);
  });
});

describe('attack: a third office plants a decoy hit before the lookout arrives', () => {
  it('Asansol’s lookout, received after Gaya’s decoy on it, still hits Dhanbad’s suspect', async () => {
    const { api, context } = await node();
    const { id: suspectId } = await api['suspects.create'](
      suspectInputFor({ name: 'Driver', vehicles: ['WB-44-C-4321'] }),
    );
    const lookoutId = 'wb-adpc:lookout2';
    const gaya = signer('br-gaya');
    const decoy = decoyHit('br-gaya:decoy2', lookoutId, suspectId, {
      reasons: ['vehicle'],
      score: 90,
    });
    context.changeLog.receive(gaya.sign([gaya.register, decoy]), { pairedOffice: 'br-gaya' });
    const asansol = signer('wb-adpc');
    const lookout = lookoutChange(
      lookoutId,
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle: 'WB-44-C-4321' }),
    );
    context.changeLog.receive(asansol.sign([asansol.register, lookout]), {
      pairedOffice: 'wb-adpc',
    });
    await new Promise((resolve) => setImmediate(resolve));
    const offices = (await api['hits.list']({ lookoutId, limit: 10 })).map((hit) => hit.officeId);
    expect(offices.sort()).toEqual(['br-gaya', 'jh-dhanbad']);
  });
});

describe('attack: a log entry named `-notice` to escape the hit check and the bulletin', () => {
  it('Gaya’s entry `br-gaya:x-notice` naming a wanted vehicle is checked, and printed', async () => {
    const { api, context } = await node();
    const db = context.store.db;
    await api['lookouts.raise'](
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle: 'JH-10-AB-1234' }),
    );
    const entryId = 'br-gaya:x-notice';
    peerOffice(context, 'br-gaya').write([
      {
        entity: 'log',
        recordId: entryId,
        op: 'create',
        body: {
          fields: {
            at: now,
            category: 'lookout',
            text: 'Black Pulsar JH-10 AB 1234 seen near Kumardhubi',
            urgent: false,
            replyTo: null,
            caseIds: [],
            suspectIds: [],
            vehicles: ['JH10AB1234'],
            photos: [],
            ...logExtraDefaults,
          },
        },
      },
    ]);
    const hits = createHitCheck(db, context.officeId).check('log', entryId, now);
    expect(hits.map((hit) => [hit.matchId, hit.reasons])).toEqual([[entryId, ['vehicle']]]);
    expect(isLookoutNotice(db, { id: entryId, office: 'br-gaya' })).toBe(false);
    // The lookout's real notice is still one, and raises nothing.
    const [lookout] = await api['lookouts.list']({});
    const notice = { id: `${lookout?.id ?? ''}-notice`, office: 'jh-dhanbad' };
    expect(isLookoutNotice(db, notice)).toBe(true);
    expect(createHitCheck(db, context.officeId).check('log', notice.id, now)).toEqual([]);
  });
});

describe('attack: a flood of lookouts from a paired office', () => {
  it('one record is judged against at most maxCandidates lookouts, and one write raises at most maxHitsPerCommit hits', async () => {
    const { api, context } = await node();
    const db = context.store.db;
    const { id: suspectId } = await api['suspects.create'](
      suspectInputFor({ name: 'Rabiul Sheikh' }),
    );
    const flood = maxCandidates + 10;
    peerOffice(context, 'wb-adpc').write(
      Array.from({ length: flood }, (_, index) => lookoutChange(`wb-adpc:flood${index}`)),
    );
    expect(createHitCheck(db, context.officeId).check('suspect', suspectId, now)).toHaveLength(
      maxCandidates,
    );
    await api['suspects.update']({ id: suspectId, fields: { marks: 'Mole on chin' } });
    expect(await api['hits.list']({ limit: 500 })).toHaveLength(maxHitsPerCommit);
  });

  it('a received lookout is compared with this office’s records in slices, yielding between them, until all are done', async () => {
    const { api, context } = await node();
    const vehicle = 'WB-44-C-4321';
    const records = scanSlice + 30;
    for (let index = 0; index < records; index += 1) {
      await api['suspects.create'](
        suspectInputFor({ name: `Driver ${index}`, vehicles: [vehicle] }),
      );
    }
    const peer = signer('wb-adpc');
    const lookout = lookoutChange(
      'wb-adpc:lookout1',
      lookoutInputFor(now, { target: 'vehicle', name: '', vehicle }),
    );
    context.changeLog.receive(peer.sign([peer.register, lookout]), { pairedOffice: 'wb-adpc' });
    const hits = () =>
      context.store.db.prepare('SELECT count(*) FROM hits').pluck().get() as number;
    expect(hits()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    const first = hits();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(scanSlice);
    for (let turn = 0; turn < 50 && hits() < records; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(hits()).toBe(records);
  });
});
