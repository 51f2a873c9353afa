/**
 * bench/store: 100k cases + 50k suspects through the change path (signed commits of 5,000
 * changes, as a bulk import writes them), on the encrypted database and on plain SQLite in the same run; then the time from
 * opening the encrypted database to its first query, with key derivation reported apart.
 * Usage: npm run bench -- bench/store.ts [--cases N] [--suspects N]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import type { ChangeIntent } from '../src/shared/domain/change';
import { newRecordId } from '../src/shared/domain/ids';
import { createChangeLog } from '../src/core/changes/changeLog';
import { createHlc } from '../src/core/changes/hlc';
import { migrations } from '../src/core/db/migrations';
import { runMigrations } from '../src/core/db/migrations/runMigrations';
import { cipherPageSize, type Db } from '../src/core/db/openDatabase';
import { importCommitSize } from '../src/core/records/importRecords';
import { createStore, openStore } from '../src/core/db/store';
import { knownOffices } from '../src/core/demo/borderDistricts';
import { demoCase, demoSuspect } from '../src/core/demo/demoRecords';
import { seededRandom } from '../src/core/demo/random';
import { createNodeIdentity } from '../src/core/identity/nodeIdentity';
import { note, report } from './lib/budget';

const { values } = parseArgs({
  options: { cases: { type: 'string' }, suspects: { type: 'string' } },
});
const caseCount = Number(values.cases ?? 100_000);
const suspectCount = Number(values.suspects ?? 50_000);
const passphrase = 'bench passphrase long enough';
const clock = { now: () => Date.now() };
const office = knownOffices[1] ?? knownOffices[0];
if (!office) throw new Error('no offices in resources/data');

function makeIntents(): ChangeIntent[] {
  const random = seededRandom(7);
  const firCounter = new Map<string, number>();
  const now = Date.now();
  const id = () => newRecordId(office?.id ?? 'x', (size) => randomBytes(size));
  const intents: ChangeIntent[] = [];
  for (let index = 0; index < suspectCount; index += 1) {
    intents.push({
      entity: 'suspect',
      recordId: id(),
      op: 'create',
      body: { fields: demoSuspect(random, office as never).fields },
    });
  }
  for (let index = 0; index < caseCount; index += 1) {
    intents.push({
      entity: 'case',
      recordId: id(),
      op: 'create',
      body: { fields: demoCase(random, office as never, now, firCounter) },
    });
  }
  return intents;
}

/** CPU time (user + system, µs) per change of each writeAll: steadier than wall time on a loaded machine. */
const cpuPerChange: number[] = [];

function writeAll(db: Db, intents: ChangeIntent[]): number {
  const identity = createNodeIdentity();
  const log = createChangeLog({
    db,
    identity,
    hlc: createHlc(clock),
    clock,
    officeId: office?.id ?? 'x',
  });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let start = 0; start < intents.length; start += 1000)
    log.write(intents.slice(start, start + 1000), 'bench');
  const cpu = process.cpuUsage(cpuStarted);
  cpuPerChange.push((cpu.user + cpu.system) / intents.length);
  return performance.now() - started;
}

const dir = mkdtempSync(join(tmpdir(), 'samanvay-bench-'));
try {
  const intents = makeIntents();
  console.log(
    `${intents.length.toLocaleString('en-IN')} changes (${caseCount} cases, ${suspectCount} suspects), signed commits of ${importCommitSize} (the bulk import path)`,
  );

  // Each kind runs twice on a fresh database, alternating, after a warm-up of both: the
  // best round of each is compared, so JIT warm-up and page cache favour neither.
  const writePlain = (path: string, batch: ChangeIntent[]) => {
    const plain = new Database(path);
    plain.pragma(`page_size = ${cipherPageSize}`);
    plain.pragma('journal_mode = WAL');
    plain.pragma('synchronous = FULL');
    plain.pragma('foreign_keys = ON');
    plain.pragma('cache_size = -65536');
    plain.pragma('temp_store = MEMORY');
    runMigrations(plain, migrations);
    const ms = writeAll(plain, batch);
    plain.close();
    return ms;
  };
  let recoveryKey = '';
  const writeEncrypted = async (path: string, batch: ChangeIntent[]) => {
    const created = await createStore({ dbPath: path, passphrase });
    const { store } = created;
    recoveryKey = created.recoveryKey;
    const ms = writeAll(store.db, batch);
    store.close();
    return ms;
  };
  const warmup = intents.slice(0, 5000);
  writePlain(join(dir, 'warm-plain.db'), warmup);
  await writeEncrypted(join(dir, 'warm-encrypted.db'), warmup);
  const plainRounds: number[] = [];
  const encryptedRounds: number[] = [];
  const encryptedPath = join(dir, 'encrypted-1.db');
  const plainCpu: number[] = [];
  const encryptedCpu: number[] = [];
  for (const round of [0, 1]) {
    plainRounds.push(writePlain(join(dir, `plain-${round}.db`), intents));
    plainCpu.push(cpuPerChange.at(-1) ?? 0);
    encryptedRounds.push(await writeEncrypted(join(dir, `encrypted-${round}.db`), intents));
    encryptedCpu.push(cpuPerChange.at(-1) ?? 0);
    rmSync(join(dir, `plain-${round}.db`), { force: true });
  }
  // The file after close (WAL checkpointed into it): every byte a change costs on disk, log
  // row, record row and index entries together.
  const bytesPerChange = statSync(encryptedPath).size / intents.length;
  const plainMs = Math.min(...plainRounds);
  const encryptedMs = Math.min(...encryptedRounds);
  const plainRate = intents.length / (plainMs / 1000);
  const encryptedRate = intents.length / (encryptedMs / 1000);
  const overhead = (encryptedMs / plainMs - 1) * 100;
  let ok = true;
  note('plain SQLite', plainRate, 'changes/s');
  ok =
    report('encrypted change path (SQLCipher v4)', encryptedRate, 'changes/s', { min: 40_000 }) &&
    ok;
  ok = report('encryption overhead', overhead, '%', { max: 30 }) && ok;
  note('CPU per change, plain (best round)', Math.min(...plainCpu), 'µs');
  note('CPU per change, encrypted (best round)', Math.min(...encryptedCpu), 'µs');
  note('database bytes per change (file after close)', bytesPerChange, 'bytes');

  // Open to first query. Opened by the recovery key (HKDF, microseconds) so the figure has no
  // key derivation in it; the passphrase's scrypt is timed on its own.
  const openStarted = performance.now();
  const reopened = await openStore({ dbPath: encryptedPath, unlock: { recoveryKey } });
  const firstQueryStarted = performance.now();
  reopened.db
    .prepare(
      "SELECT id, fir_number FROM cases WHERE lane = 'registered' AND deleted = 0 ORDER BY updated_at DESC LIMIT 50",
    )
    .all();
  const openMs = performance.now() - openStarted;
  const firstQueryMs = performance.now() - firstQueryStarted;
  // Where the bytes go: each table and index, per change (SQLite's dbstat table).
  const perObject = reopened.db
    .prepare(
      'SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8',
    )
    .all() as Array<{ name: string; bytes: number }>;
  for (const { name, bytes } of perObject)
    note(`  of which ${name}`, bytes / intents.length, 'bytes');
  reopened.close();
  const { deriveScrypt } = await import('../src/core/db/keyCrypto');
  const { defaultKdf } = await import('../src/core/db/types');
  const kdfStarted = performance.now();
  await deriveScrypt(passphrase, randomBytes(16), defaultKdf);
  note('key derivation (scrypt N=2^17, r=8, p=1)', performance.now() - kdfStarted, 'ms');
  note('first query alone', firstQueryMs, 'ms');
  ok = report('open to first query, key derivation excluded', openMs, 'ms', { max: 300 }) && ok;
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
