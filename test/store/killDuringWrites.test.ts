import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryDirectory, testKdf } from '../../src/core/db/dbTestKit';
import { createStore, openStore } from '../../src/core/db/store';
import { runChild } from './childProcess';
import { payloadFor } from './fixtures/payload';

const passphrase = 'kill nine fifty times';
const rounds = 50;

describe('kill -9 during a write loop', () => {
  const temporary = temporaryDirectory();
  afterAll(temporary.remove);

  it(
    `keeps every acknowledged row and an intact database, ${rounds} times`,
    { timeout: 180_000 },
    async () => {
      const dbPath = join(temporary.directory, 'node.db');
      (await createStore({ dbPath, passphrase, kdf: testKdf })).store.close();
      const acknowledged: number[] = [];

      for (let round = 0; round < rounds; round += 1) {
        const delay = 5 + Math.floor(Math.random() * 150);
        const run = await runChild(
          'writeLoopChild.ts',
          { dbPath, passphrase, kdf: testKdf },
          (line) => (line === 'ready' ? delay : undefined),
        );
        expect(run.signal, run.stderr).toBe('SIGKILL');
        expect(run.lines[0], run.stderr).toBe('ready');
        acknowledged.push(...run.lines.slice(1).map(Number));

        const store = await openStore({ dbPath, unlock: { passphrase } });
        try {
          expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
          const rows = new Map(
            (
              store.db.prepare('SELECT id, payload FROM crash_rows').all() as Array<{
                id: number;
                payload: string;
              }>
            ).map((row) => [row.id, row.payload]),
          );
          const missing = acknowledged.filter((id) => rows.get(id) !== payloadFor(id));
          expect(missing, `round ${round}`).toEqual([]);
        } finally {
          store.close();
        }
      }
      expect(acknowledged.length).toBeGreaterThan(rounds);
    },
  );
});
