/**
 * bench/lookouts: the cost the hit check adds to each write (issue 12: p95 ≤ 2 ms). A demo
 * database gets a few hundred active lookouts (on names of its own suspects in three
 * scripts, on vehicles and on phones, so candidates are real); then, for records as a write
 * leaves them (a suspect, a case, a log entry), the hit check is timed inside a transaction,
 * as the write path runs it. Whole writes (an edit of a suspect, with its commit and fsync)
 * are printed beside it without a budget.
 * Usage: npm run bench -- bench/lookouts.ts [--suspects N] [--cases N] [--log N] [--lookouts N] [--runs N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findKnownOffice } from '../src/core/demo/borderDistricts';
import { generateDemo } from '../src/core/demo/generateDemo';
import { createNode } from '../src/core/node/openNode';
import { createHitCheck } from '../src/core/services/hitCheck';
import { lookoutInputFor } from '../src/core/services/lookoutTestKit';
import { createNodeApi } from '../src/core/services/nodeApi';
import { note, report } from './lib/budget';

const { values } = parseArgs({
  options: {
    suspects: { type: 'string' },
    cases: { type: 'string' },
    log: { type: 'string' },
    lookouts: { type: 'string' },
    runs: { type: 'string' },
  },
});
const suspects = Number(values.suspects ?? 5_000);
const cases = Number(values.cases ?? 5_000);
const logPerDay = Number(values.log ?? 2_000);
const lookouts = Number(values.lookouts ?? 300);
const runs = Number(values.runs ?? 300);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

const dir = mkdtempSync(path.join(tmpdir(), 'samanvay-bench-lookouts-'));
const office = findKnownOffice('jh-dhanbad');
if (!office) throw new Error('jh-dhanbad');
const { context } = await createNode(
  {
    dbPath: path.join(dir, 'demo.db'),
    kdf: { N: 2 ** 12, r: 8, p: 1 },
    passphrase: 'bench passphrase long enough',
  },
  {
    office: {
      id: office.id,
      nameEn: office.nameEn,
      nameHi: office.nameHi,
      nameBn: office.nameBn,
      state: office.state,
      district: office.district,
      policeStations: office.policeStations,
    },
    operator: { name: 'Bench', rank: 'SI' },
  },
);
try {
  await generateDemo(context, {
    suspects,
    cases,
    days: 2,
    photos: 0,
    logEntries: logPerDay,
    seed: 7,
  });
  const db = context.store.db;
  const api = createNodeApi(context);
  const now = context.clock.now();
  const sample = (sql: string, count: number) => {
    const ids = db.prepare(sql).pluck().all() as string[];
    return Array.from({ length: count }, (_, index) => ids[(index * 7919) % ids.length] ?? '');
  };
  const names = db
    .prepare('SELECT name FROM suspects WHERE deleted = 0 LIMIT ?')
    .pluck()
    .all(lookouts) as string[];
  const vehicles = db
    .prepare("SELECT DISTINCT value FROM set_elements WHERE field = 'vehicles' LIMIT ?")
    .pluck()
    .all(lookouts) as string[];
  const phones = db
    .prepare("SELECT DISTINCT value FROM set_elements WHERE field = 'phones' LIMIT ?")
    .pluck()
    .all(lookouts) as string[];
  for (let index = 0; index < lookouts; index += 1) {
    const kind = index % 3;
    const input =
      kind === 0
        ? { name: names[index % Math.max(1, names.length)] ?? 'Rabiul Sheikh' }
        : kind === 1 && vehicles.length > 0
          ? {
              target: 'vehicle' as const,
              name: '',
              vehicle: vehicles[index % vehicles.length] ?? '',
            }
          : {
              target: 'phone' as const,
              name: '',
              phone: phones[index % Math.max(1, phones.length)] ?? '9876543210',
            };
    await api['lookouts.raise'](lookoutInputFor(now, input));
  }
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  console.log(
    `Database: ${count('SELECT count(*) FROM suspects')} suspects, ${count('SELECT count(*) FROM cases')} cases, ${count('SELECT count(*) FROM log_entries')} log entries, ${count('SELECT count(*) FROM lookouts')} active lookouts (${count('SELECT count(*) FROM hits')} hits on existing records); load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on a shared 2-core machine.`,
  );
  const hitCheck = createHitCheck(db, context.officeId);
  let ok = true;
  for (const [entity, table] of [
    ['suspect', 'suspects'],
    ['case', 'cases'],
    ['log', 'log_entries'],
  ] as const) {
    const ids = sample(`SELECT id FROM ${table} WHERE deleted = 0`, runs);
    const times: number[] = [];
    db.transaction(() => {
      for (const id of ids) {
        const start = performance.now();
        hitCheck.check(entity, id, now);
        times.push(performance.now() - start);
      }
    })();
    times.sort((a, b) => a - b);
    note(`hit check per write (${entity}) p50`, percentile(times, 50), 'ms');
    ok =
      report(`hit check per write (${entity}) p95`, percentile(times, 95), 'ms', { max: 2 }) && ok;
  }
  const edits = sample(
    `SELECT id FROM suspects WHERE deleted = 0 AND office_id = '${context.officeId}'`,
    Math.min(runs, 100),
  );
  const writes: number[] = [];
  for (const [index, id] of edits.entries()) {
    const start = performance.now();
    await api['suspects.update']({ id, fields: { marks: `bench ${index}` } });
    writes.push(performance.now() - start);
  }
  writes.sort((a, b) => a - b);
  note('whole write with its hit check (suspect edit) p50', percentile(writes, 50), 'ms');
  note('whole write with its hit check (suspect edit) p95', percentile(writes, 95), 'ms');
  process.exitCode = ok ? 0 : 1;
} finally {
  context.store.close();
  rmSync(dir, { recursive: true, force: true });
}
