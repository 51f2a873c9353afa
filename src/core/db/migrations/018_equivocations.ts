import type { Migration } from './migration';

/**
 * Proof of equivocation: a commit whose origin signed other changes for seqs this node holds
 * already (changes/equivocation.ts). The held version stays; the other is kept here, with the
 * peer or bundle it came through, for an auditor.
 */
export const migration018Equivocations: Migration = {
  version: 18,
  name: 'equivocations',
  up(db) {
    db.exec(`
      CREATE TABLE equivocations (
        origin TEXT NOT NULL,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        signature TEXT NOT NULL,
        seqs TEXT NOT NULL,
        commit_json TEXT NOT NULL,
        via TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (origin, signature)
      ) STRICT;
    `);
  },
};
