import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import { identifierMatches, textMatches } from './searchRepo';

const reverse = (text: string) => [...text].reverse().join('');

/** A database at the latest schema, and a way to add a search_docs row of `entity`. */
function scratchSearch(entity: 'suspect' | 'case') {
  const scratch = scratchDatabase(migrations, migrations.length);
  const insert = scratch.db.prepare(
    `INSERT INTO search_docs (doc_id, entity, record_id, office_id, title) VALUES (?, ?, ?, 'o', ?)`,
  );
  const insertDoc = (docId: number, recordId: string, title: string) =>
    insert.run(docId, entity, recordId, title);
  return { ...scratch, insertDoc };
}

describe('identifierMatches', () => {
  it('finds the keys that start or end with a part (the first by key, then record) or else contain it', () => {
    const scratch = scratchSearch('suspect');
    const { db, insertDoc } = scratch;
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
            for (let doc = 1; doc <= 30; doc += 1) insertDoc(doc, `s${doc}`, `Suspect ${doc}`);
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

describe('textMatches', () => {
  it('ranks every match of a narrow query, and only the newest of a broad one', () => {
    const scratch = scratchSearch('case');
    const { db, insertDoc } = scratch;
    const insertText = db.prepare('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)');
    // Every match by rowid with its bm25, as the ranked query weighs it (title 4, body 1).
    const everyMatch = db.prepare(
      `SELECT rowid, bm25(search_text, 4.0, 1.0) AS rank FROM search_text
       WHERE search_text MATCH ? ORDER BY rowid DESC`,
    );
    const word = fc.constantFrom('chain', 'gold', 'bike', 'pistol', 'theft');
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    try {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 80 }),
          fc.constantFrom('"chain"', '"gold" "bike"', '"pist"*', '"theft" "chain"*'),
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 1, max: 40 }),
          (docs, query, newest, limit) => {
            db.transaction(() => {
              db.exec('DELETE FROM search_text; DELETE FROM search_docs;');
              docs.forEach(([title, body], index) => {
                insertDoc(index + 1, `c${index + 1}`, title);
                insertText.run(index + 1, title, body);
              });
            })();
            const matches = everyMatch.all(query) as Array<{ rowid: number; rank: number }>;
            const { rows, newestOf } = textMatches(db, query, limit, newest);
            const broad = matches.length > newest;
            // Narrow: the best of every match, as before. Broad: the best of the newest only.
            const ranked = broad ? matches.slice(0, newest) : matches;
            expect(newestOf).toBe(broad ? newest : undefined);
            const allowed = new Set(ranked.map((row) => row.rowid));
            for (const row of rows) expect(allowed).toContain(row.doc_id);
            const best = [...ranked].sort((a, b) => a.rank - b.rank).slice(0, limit);
            expect(rows.map((row) => row.rank)).toEqual(best.map((row) => row.rank));
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      scratch.close();
    }
  });
});
