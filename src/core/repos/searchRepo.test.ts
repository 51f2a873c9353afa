import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import { identifierMatches } from './searchRepo';

const reverse = (text: string) => [...text].reverse().join('');

describe('identifierMatches', () => {
  it('finds the keys that start or end with a part (the first by key, then record) or else contain it', () => {
    const scratch = scratchDatabase(migrations, migrations.length);
    const { db } = scratch;
    const insertDoc = db.prepare(
      `INSERT INTO search_docs (doc_id, entity, record_id, office_id, title) VALUES (?, 'suspect', ?, 'o', ?)`,
    );
    const insertKey = db.prepare(
      'INSERT OR IGNORE INTO search_vehicles (key, reversed, doc_id) VALUES (?, ?, ?)',
    );
    // A small alphabet so keys share starts, ends and middles, and keys held by many records.
    const key = fc.stringMatching(/^[AB12]{3,6}$/);
    try {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(key, fc.integer({ min: 1, max: 30 })), { maxLength: 60 }),
          fc.stringMatching(/^[AB12]{2,4}$/),
          fc.integer({ min: 1, max: 12 }),
          (stored, part, limit) => {
            db.exec('DELETE FROM search_vehicles; DELETE FROM search_docs;');
            for (let doc = 1; doc <= 30; doc += 1) insertDoc.run(doc, `s${doc}`, `Suspect ${doc}`);
            for (const [value, doc] of stored) insertKey.run(value, reverse(value), doc);
            const rows = [
              ...new Map(
                stored.map(([value, doc]) => [`${value}|${doc}`, { value, doc }]),
              ).values(),
            ];
            const found = identifierMatches(db, 'search_vehicles', part, limit).map(
              (row) => `${row.key}|${row.doc_id}|${row.record_id}`,
            );
            const byKey = (a: { value: string; doc: number }, b: { value: string; doc: number }) =>
              a.value < b.value ? -1 : a.value > b.value ? 1 : a.doc - b.doc;
            const ends = rows
              .filter(({ value }) => value.startsWith(part) || value.endsWith(part))
              .sort(byKey)
              .map(({ value, doc }) => `${value}|${doc}|s${doc}`);
            if (ends.length > 0) {
              expect(found).toEqual(ends.slice(0, limit));
              return;
            }
            const inside = rows
              .filter(({ value }) => value.includes(part))
              .map(({ value, doc }) => `${value}|${doc}|s${doc}`);
            expect(found).toHaveLength(Math.min(limit, inside.length));
            expect(inside).toEqual(expect.arrayContaining(found));
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      scratch.close();
    }
  });
});
