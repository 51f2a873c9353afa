import type { Migration } from './migration';

/**
 * Takes the two AFTER INSERT triggers off the cases table (migration 006's suspect count of a
 * new case row, migration 007's counter of it); the change path keeps both instead, in the
 * applier, right after it inserts a case row (`caseCounters.ts`), with the same result.
 * Why: a trigger that writes another table makes SQLite keep a statement journal for every
 * INSERT into cases, copying each 16 KiB page the insert touches (the row and its seven
 * index entries) before writing it: profiled, 58 µs of CPU per case row with the triggers,
 * 20 µs without. The UPDATE and DELETE triggers stay (updates are rarer, and the applier is
 * not the only path that deletes rows). Data is unchanged: the counts were already right.
 */
export const migration016CaseInsertCounts: Migration = {
  version: 16,
  name: 'case insert counts',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS cases_count_suspects;
      DROP TRIGGER IF EXISTS case_counts_on_insert;
    `);
  },
};
