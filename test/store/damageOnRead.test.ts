import { createHash } from 'node:crypto';
import {
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toWireError } from '../../src/shared/errors';
import { createStore, openStore } from '../../src/core/db/store';

const passphrase = 'correct horse battery';
const kdf = { N: 2 ** 12, r: 8, p: 1 };
const dir = mkdtempSync(join(tmpdir(), 'samanvay-damage-'));
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a damaged page in a large database', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens fast without reading every page, then fails the query that reads it as DATABASE_DAMAGED', async () => {
    const dbPath = join(dir, 'node.db');
    const { store } = await createStore({ dbPath, passphrase, kdf });
    store.db.exec('CREATE TABLE filler (x BLOB)');
    const insert = store.db.prepare('INSERT INTO filler VALUES (randomblob(3000))');
    store.db.transaction(() => {
      for (let row = 0; row < 600; row += 1) insert.run();
    })();
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();

    const size = statSync(dbPath).size;
    const descriptor = openSync(dbPath, 'r+');
    writeSync(descriptor, Buffer.alloc(64, 0x5a), 0, 64, Math.floor(size / 4096 / 2) * 4096 + 1000);
    closeSync(descriptor);
    const before = [hash(dbPath), hash(`${dbPath}.keys`)];

    // Treated as large: only the schema is read at open.
    const opened = await openStore({ dbPath, unlock: { passphrase }, fullCheckMaxBytes: 0 });
    let failure: unknown;
    try {
      opened.db.prepare('SELECT sum(length(x)) FROM filler').get();
    } catch (error) {
      failure = error;
    } finally {
      opened.close();
    }
    expect(toWireError(failure)).toMatchObject({ code: 'DATABASE_DAMAGED' });
    expect([hash(dbPath), hash(`${dbPath}.keys`)]).toEqual(before);

    // Checked in full (a small database, the default), the open itself refuses.
    await expect(openStore({ dbPath, unlock: { passphrase } })).rejects.toMatchObject({
      code: 'DATABASE_DAMAGED',
    });
  });
});
