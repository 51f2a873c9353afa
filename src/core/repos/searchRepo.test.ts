import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { scratchDatabase } from '../db/migrations/migrationTestKit';
import { identifierMatches, textMatches, type TextKind } from './searchRepo';
import { theftBehindLogs } from './searchTestKit';

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
  it('ranks every match of a narrow query, and only the newest of a broad one, of the kinds asked', () => {
    const scratch = scratchDatabase(migrations, migrations.length);
    const { db } = scratch;
    const insertDoc = db.prepare(
      `INSERT INTO search_docs (doc_id, entity, record_id, office_id, title) VALUES (?, ?, ?, 'o', ?)`,
    );
    const insertText = db.prepare('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)');
    // Every match by rowid with its kind and bm25, as the ranked query weighs it (title 4, body 1).
    const everyMatch = db.prepare(
      `SELECT search_text.rowid, entity, bm25(search_text, 4.0, 1.0) AS rank
       FROM search_text JOIN search_docs ON doc_id = search_text.rowid
       WHERE search_text MATCH ? ORDER BY search_text.rowid DESC`,
    );
    const word = fc.constantFrom('chain', 'gold', 'bike', 'pistol', 'theft');
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    const kind = fc.constantFrom<TextKind>('suspect', 'case', 'log');
    try {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(kind, text, text), { minLength: 1, maxLength: 80 }),
          fc.constantFrom('"chain"', '"gold" "bike"', '"pist"*', '"theft" "chain"*'),
          fc.option(fc.uniqueArray(kind, { minLength: 1, maxLength: 3 }), { nil: undefined }),
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 1, max: 40 }),
          (docs, query, kinds, newest, limit) => {
            db.transaction(() => {
              db.exec('DELETE FROM search_text; DELETE FROM search_docs;');
              docs.forEach(([entity, title, body], index) => {
                insertDoc.run(index + 1, entity, `r${index + 1}`, title);
                insertText.run(index + 1, title, body);
              });
            })();
            const matches = (
              everyMatch.all(query) as Array<{ rowid: number; entity: TextKind; rank: number }>
            ).filter((row) => kinds === undefined || kinds.includes(row.entity));
            const { rows, newestOf } = textMatches(db, query, limit, { kinds, newest });
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

  it('finds an old case behind more than the cut of newer log entries with the same word', () => {
    const scratch = scratchDatabase(migrations, migrations.length);
    const { db } = scratch;
    try {
      theftBehindLogs(db, 2001);
      expect(textMatches(db, '"theft"', 60, { kinds: ['case'] })).toEqual({
        rows: [expect.objectContaining({ entity: 'case', record_id: 'case-nirsa' })],
      });
      const logs = textMatches(db, '"theft"', 60, { kinds: ['log'] });
      expect(logs.newestOf).toBe(2000);
      expect(logs.rows).toHaveLength(60);
      expect(logs.rows.every((row) => row.entity === 'log')).toBe(true);
    } finally {
      scratch.close();
    }
  });
});
