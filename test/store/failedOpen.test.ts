import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeOsKeyStore,
  snapshotDirectory,
  temporaryDirectory,
  testKdf,
} from '../../src/core/db/dbTestKit';
import { newRecoveryKey } from '../../src/core/db/recoveryKey';
import { createStore, openStore, type UnlockSecret } from '../../src/core/db/store';

const passphrase = 'Purulia border post 12';
const baseRows = 300;
const walRows = 20;

/**
 * Every way an open can fail leaves the database, its -wal and the key file byte-for-byte as
 * they were, creates no file, and (where the files themselves are fine) the right secret still
 * opens the database afterwards. Each case runs on a cleanly closed store and on a "crashed"
 * one: a copy taken while the store was open, with committed rows still only in the -wal.
 */
describe('a failed open changes nothing', () => {
  const root = temporaryDirectory();
  afterAll(root.remove);
  const templates = { closed: '', crashed: '', closedNewer: '', crashedNewer: '' };
  let recoveryKey = '';

  beforeAll(async () => {
    const base = join(root.directory, 'base');
    const dbPath = join(base, 'node.db');
    mkdirSync(base);
    const created = await createStore({ dbPath, passphrase, kdf: testKdf });
    recoveryKey = created.recoveryKey;
    const { db } = created.store;
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO rows (payload) VALUES (?)');
    db.transaction(() => {
      for (let row = 0; row < baseRows; row += 1) insert.run(randomBytes(500).toString('hex'));
    })();
    created.store.close();

    const copyOf = (name: string) => {
      const directory = join(root.directory, name);
      cpSync(base, directory, { recursive: true });
      return directory;
    };
    templates.closed = copyOf('closed');
    const snapshotWhileOpen = async (
      name: string,
      change: (database: Database.Database) => void,
    ) => {
      const working = copyOf(`${name}-working`);
      const store = await openStore({ dbPath: join(working, 'node.db'), unlock: { passphrase } });
      change(store.db);
      const copy = join(root.directory, name);
      cpSync(working, copy, { recursive: true }); // as a crash would leave it: -wal and -shm included
      store.close();
      rmSync(working, { recursive: true });
      return copy;
    };
    const addWalRows = (database: Database.Database) => {
      const insertRow = database.prepare('INSERT INTO rows (payload) VALUES (?)');
      for (let row = 0; row < walRows; row += 1) insertRow.run('only in the wal');
    };
    templates.crashed = await snapshotWhileOpen('crashed', addWalRows);
    templates.crashedNewer = await snapshotWhileOpen('crashedNewer', (database) => {
      addWalRows(database);
      database.pragma('user_version = 999');
    });
    templates.closedNewer = copyOf('closedNewer');
    const newer = await openStore({
      dbPath: join(templates.closedNewer, 'node.db'),
      unlock: { passphrase },
    });
    newer.db.pragma('user_version = 999');
    newer.close();
  });

  type Mutation = (directory: string) => void;
  const dbOf = (directory: string) => join(directory, 'node.db');
  const keysOf = (directory: string) => join(directory, 'node.db.keys');
  const replaceDatabase =
    (contents: Buffer | string): Mutation =>
    (directory) =>
      writeFileSync(dbOf(directory), contents);
  const editKeys =
    (edit: (text: string) => string): Mutation =>
    (directory) =>
      writeFileSync(keysOf(directory), edit(readFileSync(keysOf(directory), 'utf8')));
  const flipBytes =
    (offset: (size: number) => number): Mutation =>
    (directory) => {
      const bytes = readFileSync(dbOf(directory));
      const at = offset(bytes.length);
      for (let index = at; index < at + 8; index += 1) bytes[index] = bytes[index]! ^ 0xff;
      writeFileSync(dbOf(directory), bytes);
    };
  const mistyped = () => {
    const first = recoveryKey[0] === 'A' ? 'B' : 'A';
    return first + recoveryKey.slice(1);
  };

  interface Case {
    name: string;
    code: string;
    mutate?: Mutation;
    unlock?: () => UnlockSecret;
    newer?: boolean;
    /** The files are fine: the right passphrase must still open them afterwards. */
    stillOpens?: boolean;
  }
  const cases: Case[] = [
    {
      name: 'wrong passphrase',
      code: 'WRONG_PASSPHRASE',
      unlock: () => ({ passphrase: 'Purulia border post 13' }),
      stillOpens: true,
    },
    {
      name: 'wrong recovery key',
      code: 'WRONG_RECOVERY_KEY',
      unlock: () => ({ recoveryKey: newRecoveryKey().text }),
      stillOpens: true,
    },
    {
      name: 'mistyped recovery key',
      code: 'RECOVERY_KEY_MALFORMED',
      unlock: () => ({ recoveryKey: mistyped() }),
      stillOpens: true,
    },
    {
      name: 'no OS slot',
      code: 'OS_KEYSTORE_UNAVAILABLE',
      unlock: () => ({ osKeyStore: fakeOsKeyStore() }),
      stillOpens: true,
    },
    {
      name: 'key file missing',
      code: 'KEY_FILE_MISSING',
      mutate: (directory) => rmSync(keysOf(directory)),
    },
    {
      name: 'key file of random bytes',
      code: 'KEY_FILE_DAMAGED',
      mutate: (directory) => writeFileSync(keysOf(directory), randomBytes(700)),
    },
    {
      name: 'key file empty',
      code: 'KEY_FILE_DAMAGED',
      mutate: (directory) => writeFileSync(keysOf(directory), ''),
    },
    {
      name: 'key file truncated',
      code: 'KEY_FILE_DAMAGED',
      mutate: editKeys((text) => text.slice(0, text.length - 40)),
    },
    {
      name: 'key file edited (one hex digit of a verifier)',
      code: 'KEY_FILE_DAMAGED',
      mutate: editKeys((text) =>
        text.replace(
          /"verifier": "(.)/,
          (_match, digit: string) => `"verifier": "${digit === '0' ? '1' : '0'}`,
        ),
      ),
    },
    {
      name: 'key file from a newer version',
      code: 'DATABASE_NEWER',
      mutate: editKeys((text) => text.replace('"version": 1', '"version": 2')),
    },
    {
      name: 'database missing',
      code: 'DATABASE_MISSING',
      mutate: (directory) => rmSync(dbOf(directory)),
    },
    {
      name: 'an unencrypted SQLite file',
      code: 'NOT_A_SAMANVAY_DATABASE',
      mutate: (directory) => {
        // Made elsewhere and copied in: SQLite creating it in place would delete our -wal.
        const elsewhere = join(directory, '..', `plain-${randomBytes(4).toString('hex')}.db`);
        const plain = new Database(elsewhere);
        plain.exec("CREATE TABLE rows (payload TEXT); INSERT INTO rows VALUES ('plain')");
        plain.close();
        cpSync(elsewhere, dbOf(directory));
        rmSync(elsewhere);
      },
    },
    {
      name: 'random bytes',
      code: 'NOT_A_SAMANVAY_DATABASE',
      mutate: replaceDatabase(randomBytes(64 * 1024)),
    },
    {
      name: 'a text file',
      code: 'NOT_A_SAMANVAY_DATABASE',
      mutate: replaceDatabase('Daily bulletin, 3 March\n'.repeat(400)),
    },
    { name: 'an empty file', code: 'NOT_A_SAMANVAY_DATABASE', mutate: replaceDatabase('') },
    {
      name: 'a directory',
      code: 'NOT_A_SAMANVAY_DATABASE',
      mutate: (directory) => {
        rmSync(dbOf(directory));
        cpSync(keysOf(directory), join(dbOf(directory), 'inside'));
      },
    },
    {
      name: 'a damaged page in the middle',
      code: 'DATABASE_DAMAGED',
      mutate: flipBytes((size) => Math.floor(size / 4096 / 2) * 4096 + 2000),
    },
    { name: 'a damaged first page', code: 'DATABASE_DAMAGED', mutate: flipBytes(() => 1000) },
    { name: 'a newer schema', code: 'DATABASE_NEWER', newer: true },
  ];

  for (const state of ['closed', 'crashed'] as const) {
    describe(`${state} store`, () => {
      it.each(cases)('$name → $code', async ({ code, mutate, unlock, newer, stillOpens }) => {
        const template = templates[newer ? (`${state}Newer` as const) : state];
        const directory = join(root.directory, `case-${randomBytes(4).toString('hex')}`);
        cpSync(template, directory, { recursive: true });
        mutate?.(directory);
        const before = snapshotDirectory(directory);
        const attempt = openStore({
          dbPath: dbOf(directory),
          unlock: unlock?.() ?? { passphrase },
        });
        await expect(attempt).rejects.toMatchObject({ name: 'SamanvayError', code });
        expect(snapshotDirectory(directory)).toEqual(before);
        if (state === 'crashed') expect(statSync(`${dbOf(directory)}-wal`).size).toBeGreaterThan(0);

        if (stillOpens) {
          const store = await openStore({ dbPath: dbOf(directory), unlock: { passphrase } });
          const count = store.db.prepare('SELECT count(*) FROM rows').pluck().get();
          store.close();
          expect(count).toBe(baseRows + (state === 'crashed' ? walRows : 0));
        }
        rmSync(directory, { recursive: true });
      });
    });
  }
});
