import { describe, expect, it } from 'vitest';
import type { Commit } from '../../shared/domain/change';
import { createNodeIdentity, signBytes } from '../identity/nodeIdentity';
import { memoryDb } from '../testing/memoryDb';
import { createChangeLog } from './changeLog';
import { changeHash, verifyCommit } from './commitSigning';
import { createHlc } from './hlc';
import { changeFromRow, type ChangeRow } from './ingest';
import { resignWithheldCommits } from './resignCommits';

const clock = { now: () => 1_764_000_000_000 };

describe('re-signing commits written before the withheld set was signed', () => {
  it('signs this node’s commits that withhold changes again, once, so peers can verify them redacted', () => {
    const db = memoryDb();
    const identity = createNodeIdentity();
    const log = createChangeLog({
      db,
      identity,
      hlc: createHlc(clock),
      clock,
      officeId: 'jh-dhanbad',
    });
    log.write(
      [
        {
          entity: 'note',
          recordId: 'jh-dhanbad:n1',
          op: 'create',
          body: { fields: { targetEntity: 'case', targetId: 'jh-dhanbad:c1', text: 'x' } },
        },
      ],
      'op',
    );
    // As an older version left it: the change marked local (by migration 004) under a
    // signature over the hashes alone.
    const row = db.prepare('SELECT * FROM changes').get() as ChangeRow;
    const change = changeFromRow(row);
    db.prepare('UPDATE changes SET local = 1').run();
    const legacy = signBytes(
      identity,
      Buffer.from(
        `{"firstSeq":1,"hashes":${JSON.stringify([changeHash(change)])},"lastSeq":1,"origin":${JSON.stringify(identity.nodeId)}}`,
      ),
    );
    db.prepare('UPDATE commits SET signature = ?').run(legacy);
    db.prepare("INSERT INTO meta (key, value) VALUES ('commits.resign', '1')").run();
    const redacted = (signature: string): Commit => ({
      origin: identity.nodeId,
      firstSeq: 1,
      lastSeq: 1,
      signature,
      changes: [],
      redacted: [{ seq: 1, hash: changeHash(change) }],
    });
    expect(verifyCommit(redacted(legacy), identity.publicKeyHex)).toBe(false);

    expect(resignWithheldCommits(db, identity)).toBe(1);
    const signature = db.prepare('SELECT signature FROM commits').pluck().get() as string;
    expect(verifyCommit(redacted(signature), identity.publicKeyHex)).toBe(true);
    expect(resignWithheldCommits(db, identity)).toBe(0);
  });
});
