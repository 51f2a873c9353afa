import { describe, expect, it } from 'vitest';
import type { Commit } from '../../shared/domain/change';
import { createNodeIdentity } from '../identity/nodeIdentity';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import { runMigrations } from '../db/migrations/runMigrations';
import { memoryDb } from '../testing/memoryDb';
import { createChangeLog } from './changeLog';
import { createHlc } from './hlc';
import { rebuildSearchIndexIfDue } from './searchIndexer';

const clock = { now: () => 1_764_000_000_000 };

function officeNode(officeId: string) {
  const db = memoryDb();
  const identity = createNodeIdentity();
  const log = createChangeLog({ db, identity, hlc: createHlc(clock), clock, officeId });
  const commits: Commit[] = [];
  log.onCommit((commit) => commits.push(commit));
  log.write(
    [
      {
        entity: 'office',
        recordId: officeId,
        op: 'create',
        body: {
          fields: {
            nameEn: officeId,
            nameHi: '',
            nameBn: '',
            state: '',
            district: '',
            policeStations: ['Kulti'],
          },
        },
      },
      {
        entity: 'node',
        recordId: identity.nodeId.toLowerCase(),
        op: 'create',
        body: { fields: { officeId, publicKey: identity.publicKeyHex, label: 'node' } },
      },
    ],
    'op',
  );
  return { db, log, commits };
}

const suspectFields = {
  name: 'মোঃ রবিউল শেখ',
  fatherName: '',
  age: 34,
  dateOfBirth: null,
  sex: 'male',
  address: 'কুলটি',
  marks: '',
  heightCm: null,
  build: '',
  mo: 'ATM loot',
  gang: '',
  status: 'wanted',
  reward: 0,
  primaryPhoto: null,
  sharing: 'network',
};

const keysOf = (db: ReturnType<typeof memoryDb>, id: string) =>
  db
    .prepare(
      `SELECT n.key FROM search_names n JOIN search_docs d ON d.doc_id = n.doc_id
       WHERE d.record_id = ? ORDER BY n.key`,
    )
    .pluck()
    .all(id);

describe('search index follows the change log', () => {
  it('indexes a record received from another office, and its later edits and deletion', () => {
    const adpc = officeNode('wb-adpc');
    const dhanbad = officeNode('jh-dhanbad');
    const id = 'wb-adpc:s1';
    adpc.log.write(
      [
        { entity: 'suspect', recordId: id, op: 'create', body: { fields: suspectFields } },
        {
          entity: 'suspect',
          recordId: id,
          op: 'add',
          body: { field: 'phones', value: '+91 98765 43210' },
        },
      ],
      'op',
    );
    for (const commit of adpc.commits) dhanbad.log.receive(commit, { pairedOffice: 'wb-adpc' });
    expect(keysOf(dhanbad.db, id)).toEqual(['RBL', 'SK']);
    expect(dhanbad.db.prepare('SELECT key FROM search_phones').pluck().all()).toEqual([
      '9876543210',
    ]);
    const text = dhanbad.db
      .prepare('SELECT rowid FROM search_text WHERE search_text MATCH \'"কুলটি"\'')
      .all();
    expect(text).toHaveLength(1);

    const before = adpc.commits.length;
    adpc.log.write(
      [
        {
          entity: 'suspect',
          recordId: id,
          op: 'update',
          body: { fields: { name: 'Jamil Ansari' } },
        },
      ],
      'op',
    );
    adpc.log.write(
      [{ entity: 'suspect', recordId: id, op: 'add', body: { field: 'aliases', value: 'Kalu' } }],
      'op',
    );
    for (const commit of adpc.commits.slice(before)) dhanbad.log.receive(commit);
    expect(keysOf(dhanbad.db, id)).toEqual(['ANSR', 'JML', 'KL']);

    const deleting = adpc.commits.length;
    adpc.log.write([{ entity: 'suspect', recordId: id, op: 'delete', body: {} }], 'op');
    for (const commit of adpc.commits.slice(deleting)) dhanbad.log.receive(commit);
    expect(keysOf(dhanbad.db, id)).toEqual([]);
    expect(dhanbad.db.prepare('SELECT count(*) FROM search_text').pluck().get()).toBe(0);
    // The writer's own index followed its local writes the same way.
    expect(adpc.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(0);
  });

  it('indexes an edit that arrives before its record, once the record arrives', () => {
    const adpc = officeNode('wb-adpc');
    const dhanbad = officeNode('jh-dhanbad');
    const id = 'wb-adpc:s2';
    adpc.log.write(
      [{ entity: 'suspect', recordId: id, op: 'create', body: { fields: suspectFields } }],
      'op',
    );
    adpc.log.write(
      [{ entity: 'suspect', recordId: id, op: 'add', body: { field: 'aliases', value: 'Kalu' } }],
      'op',
    );
    const [register, create, alias] = adpc.commits;
    if (!register || !create || !alias) throw new Error('three commits');
    dhanbad.log.receive(register, { pairedOffice: 'wb-adpc' });
    dhanbad.log.receive(alias);
    expect(keysOf(dhanbad.db, id)).toEqual([]);
    dhanbad.log.receive(create);
    expect(keysOf(dhanbad.db, id)).toEqual(['KL', 'RBL', 'SK']);
  });
});

describe('rebuilding the search index', () => {
  it('gives the newest record the highest doc id, whatever its kind', () => {
    const scratch = scratchDatabase(migrations, 8);
    const { db } = scratch;
    try {
      db.prepare(
        `INSERT INTO suspects (id, office_id, name, father_name, age, sex, address, marks, build, mo,
           gang, status, reward, sharing, created_stamp, created_at, updated_at, last_change)
         VALUES (?, 'o', ?, '', 34, 'male', 'Kulti', '', '', '', '', 'wanted', 0, 'network', 's', ?, 0, 's')`,
      ).run('o:s1', 'Rabiul Sheikh', 3);
      const insertLog = db.prepare(
        `INSERT INTO log_entries (id, office_id, operator_id, at, category, text, urgent, case_ids,
           suspect_ids, vehicles, photos, created_stamp, created_at)
         VALUES (?, 'o', 'op', 0, 'information', ?, 0, '[]', '[]', '[]', '[]', 's', ?)`,
      );
      insertLog.run('o:z-old', 'Kulti bike theft', 1);
      insertLog.run('o:a-new', 'Kulti chain snatching', 5);
      runMigrations(db, migrations);
      expect(rebuildSearchIndexIfDue(db, 0)).toBe(true);
      expect(db.prepare('SELECT record_id FROM search_docs ORDER BY doc_id').pluck().all()).toEqual(
        ['o:z-old', 'o:s1', 'o:a-new'],
      );
    } finally {
      scratch.close();
    }
  });
});
