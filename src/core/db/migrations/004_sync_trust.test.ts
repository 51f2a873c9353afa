import { describe, expect, it } from 'vitest';
import type { ChangeIntent } from '../../../shared/domain/change';
import { createChangeLog } from '../../changes/changeLog';
import { createHlc } from '../../changes/hlc';
import { createNodeIdentity } from '../../identity/nodeIdentity';
import { memoryDb } from '../../testing/memoryDb';
import { migrations } from './index';
import { scratchDatabase } from './migrationTestKit';
import { runMigrations, schemaVersion } from './runMigrations';

const office = 'jh-dhanbad';
let now = 1_764_000_000_000;
const clock = { now: () => (now += 1000) };

const caseCreate = (id: string, sharing: 'local' | 'network'): ChangeIntent => ({
  entity: 'case',
  recordId: id,
  op: 'create',
  body: {
    fields: {
      policeStation: 'Nirsa',
      firNumber: String(id.length),
      firYear: 2026,
      sections: ['BNS 309(4)'],
      crimeHead: 'Robbery',
      occurredAt: 1_763_000_000_000,
      place: '',
      propertyValue: 0,
      mo: '',
      summary: '',
      lane: 'reported',
      priority: 'normal',
      sharing,
    },
  },
});
const note = (id: string, targetId: string): ChangeIntent => ({
  entity: 'note',
  recordId: id,
  op: 'create',
  body: { fields: { targetEntity: 'case', targetId, text: 'informer' } },
});

describe('migration 004: sync trust', () => {
  it('marks old changes local as the write path decides them now, binds no office to old peers, and asks for a re-sign', () => {
    // The history as the write path records it today (with its local flags)…
    const source = memoryDb();
    const log = createChangeLog({
      db: source,
      identity: createNodeIdentity(),
      hlc: createHlc(clock),
      clock,
      officeId: office,
    });
    const turned = `${office}:turned`;
    const shared = `${office}:shared`;
    const kept = `${office}:kept`;
    log.write(
      [caseCreate(turned, 'local'), caseCreate(shared, 'network'), caseCreate(kept, 'local')],
      'op',
    );
    log.write([note(`${office}:n1`, turned), note(`${office}:n2`, shared)], 'op');
    log.write(
      [{ entity: 'case', recordId: turned, op: 'update', body: { fields: { lane: 'arrested' } } }],
      'op',
    );
    log.write(
      [
        {
          entity: 'case',
          recordId: turned,
          op: 'update',
          body: { fields: { sharing: 'network' } },
        },
      ],
      'op',
    );
    log.write([note(`${office}:n3`, turned), note(`${office}:n4`, kept)], 'op');
    const expected = source
      .prepare('SELECT origin, seq, local FROM changes ORDER BY origin, seq')
      .all();
    expect(expected.filter((row) => (row as { local: number }).local === 1).length).toBe(5);

    // …copied into a version 3 database, without the flags, then migrated.
    const scratch = scratchDatabase(migrations, 3);
    try {
      const tables = ['changes', 'commits', 'cases', 'notes', 'offices', 'nodes', 'set_elements'];
      for (const table of tables) {
        const columns = (
          scratch.db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>
        ).map((column) => column.name);
        const insert = scratch.db.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of source.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all())
          insert.run(...columns.map((name) => (row as Record<string, unknown>)[name]));
      }
      scratch.db
        .prepare('INSERT INTO peers (node_id, address, added_at) VALUES (?, ?, ?)')
        .run('ABCD-EFGH-JKMN-PQRS', '10.8.0.2:7400', 1);
      runMigrations(scratch.db, migrations.slice(0, 4));
      expect(schemaVersion(scratch.db)).toBe(4);
      expect(
        scratch.db.prepare('SELECT origin, seq, local FROM changes ORDER BY origin, seq').all(),
      ).toEqual(expected);
      expect(scratch.db.prepare('SELECT office_id, public_key FROM peers').get()).toEqual({
        office_id: null,
        public_key: null,
      });
      expect(
        scratch.db.prepare("SELECT value FROM meta WHERE key = 'commits.resign'").pluck().get(),
      ).toBe('1');
    } finally {
      scratch.close();
    }
  });
});
