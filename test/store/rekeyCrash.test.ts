import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryDirectory, testKdf } from '../../src/core/db/dbTestKit';
import { readKeyFile } from '../../src/core/db/keyFile';
import type { RekeyStep } from '../../src/core/db/keySlots';
import type { Db } from '../../src/core/db/openDatabase';
import { createStore, openStore } from '../../src/core/db/store';
import { runChild } from './childProcess';

const passphrase = 'rotate the key safely';

function contentsDigest(db: Db): string {
  const hash = createHash('sha256');
  for (const row of db.prepare('SELECT id, payload FROM bulk ORDER BY id').iterate() as Iterable<{
    id: number;
    payload: string;
  }>) {
    hash.update(`${row.id}:${row.payload}\n`);
  }
  return hash.digest('hex');
}

/** Which data key the key file holds now, and which it held as pending. */
function verifiers(dbPath: string) {
  const keyFile = readKeyFile(`${dbPath}.keys`);
  return {
    current: keyFile.dataKeys.current.verifier,
    pending: keyFile.dataKeys.pending?.verifier,
  };
}

describe('rekey survives kill -9 at any moment', () => {
  const temporary = temporaryDirectory();
  const dbPath = join(temporary.directory, 'node.db');
  let digest = '';
  afterAll(temporary.remove);

  beforeAll(async () => {
    // About 8 MB, so that PRAGMA rekey takes long enough to be killed in the middle.
    const { store } = await createStore({ dbPath, passphrase, kdf: testKdf });
    store.db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
    const insert = store.db.prepare('INSERT INTO bulk (id, payload) VALUES (?, ?)');
    store.db.transaction(() => {
      for (let id = 1; id <= 20_000; id += 1)
        insert.run(id, createHash('sha256').update(String(id)).digest('hex').repeat(6));
    })();
    digest = contentsDigest(store.db);
    store.close();
  });

  /** Opens with the passphrase, checks the data, and says whether the key from before the child (`old`) still opens it. */
  async function checkAfterCrash(oldKey: string): Promise<'old' | 'new'> {
    const before = verifiers(dbPath);
    const store = await openStore({ dbPath, unlock: { passphrase } });
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(contentsDigest(store.db)).toBe(digest);
    } finally {
      store.close();
    }
    expect(existsSync(`${dbPath}-journal`)).toBe(false);
    const after = verifiers(dbPath);
    expect(after.pending).toBeUndefined(); // the open settled the key file
    expect([before.current, before.pending]).toContain(after.current);
    return after.current === oldKey ? 'old' : 'new';
  }

  const expected: Array<[RekeyStep, 'old' | 'new']> = [
    ['pending-saved', 'old'],
    ['left-wal', 'old'],
    ['rekeyed', 'new'],
    ['back-to-wal', 'new'],
    ['done', 'new'],
  ];

  it.each(expected)(
    'killed at step %s, the %s key opens the database',
    { timeout: 60_000 },
    async (step, winner) => {
      const oldKey = verifiers(dbPath).current;
      const run = await runChild('rekeyChild.ts', { dbPath, passphrase, pauseAt: step }, (line) =>
        line === step ? 0 : undefined,
      );
      expect(run.signal, run.stderr).toBe('SIGKILL');
      expect(run.lines).toContain(step);
      expect(await checkAfterCrash(oldKey)).toBe(winner);
    },
  );

  it(
    'killed at random moments during the page rewrite, one of the two keys always opens it',
    { timeout: 120_000 },
    async () => {
      // Measure how long the rewrite takes from here, then kill at random points within it.
      let started = 0;
      let rewrite = 0;
      const full = await runChild('rekeyChild.ts', { dbPath, passphrase }, (line) => {
        if (line === 'left-wal') started = performance.now();
        if (line === 'rekeyed') rewrite = performance.now() - started;
        return undefined;
      });
      expect(full.lines.at(-1), full.stderr).toBe('finished');
      const outcomes = { old: 0, new: 0, hotJournal: 0 };
      for (let round = 0; round < 10; round += 1) {
        const delay = Math.random() * rewrite * 1.5;
        const oldKey = verifiers(dbPath).current;
        const run = await runChild('rekeyChild.ts', { dbPath, passphrase }, (line) =>
          line === 'left-wal' ? delay : undefined,
        );
        if (run.signal !== 'SIGKILL') expect(run.lines.at(-1), run.stderr).toBe('finished');
        if (existsSync(`${dbPath}-journal`)) outcomes.hotJournal += 1;
        outcomes[await checkAfterCrash(oldKey)] += 1;
      }
      console.info(`rekey rewrite ≈ ${Math.round(rewrite)} ms; after random kills:`, outcomes);
      expect(outcomes.hotJournal).toBeGreaterThan(0); // some kills did land mid-rewrite
    },
  );
});
