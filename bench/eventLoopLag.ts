/**
 * bench/eventLoopLag: the event loop of the process that hosts the core worker (Electron's
 * main process; here the harness's process, where Electron cannot run) while the worker does
 * the heaviest database work there is:
 * 1. an initial sync of N changes from a peer (`samanvay node` in a child process);
 * 2. a demo of N cases (`admin.demo`, as `samanvay demo` and `npm start -- --demo` run it).
 * Budget: p99 ≤ 20 ms in both. The host answers a `stats.get` every 250 ms meanwhile, as
 * a window would keep asking for screens.
 * Usage: npm run bench -- bench/eventLoopLag.ts [--changes N] [--cases N]
 */
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { knownOffices } from '../src/core/demo/borderDistricts';
import { addPeer } from '../src/core/sync/peerStore';
import { startCoreWorker } from '../src/core/worker/startCoreWorker';
import type { CoreHost } from '../src/core/worker/coreHost';
import { freePort } from '../test/freePort';
import { note, report } from './lib/budget';
import { startNodeChild } from './lib/nodeChild';
import { benchKdf, benchNode, benchPassphrase, countOf, writeCases } from './lib/syncSetup';

const { values } = parseArgs({
  options: { changes: { type: 'string' }, cases: { type: 'string' } },
});
const changeCount = Number(values.changes ?? 100_000);
const caseCount = Number(values.cases ?? 100_000);
const budgetMs = 20;
let ok = true;

/** A call that must succeed; its result. */
async function call(host: CoreHost, method: string, input: unknown): Promise<unknown> {
  const outcome = await host.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.result;
}

const changesOf = async (host: CoreHost) =>
  ((await call(host, 'stats.get', {})) as { changes: number }).changes;

/** Runs `work` while sampling this process's event-loop delay; prints p50, p99 and max. */
async function measured(name: string, work: () => Promise<void>): Promise<void> {
  const histogram = monitorEventLoopDelay({ resolution: 2 });
  histogram.enable();
  const started = performance.now();
  await work();
  histogram.disable();
  note(`${name}: wall time`, (performance.now() - started) / 1000, 's');
  note(`${name}: event-loop delay p50`, histogram.percentile(50) / 1e6, 'ms');
  const p99 = histogram.percentile(99) / 1e6;
  ok = report(`${name}: event-loop delay p99`, p99, 'ms', { max: budgetMs }) && ok;
  note(`${name}: event-loop delay max`, histogram.max / 1e6, 'ms');
}

// Node A, the peer: its changes are written before anything is measured.
console.log(`Writing ${changeCount.toLocaleString('en-IN')} changes on the peer…`);
const a = await benchNode('A', 1);
writeCases(a, changeCount, 1000);
const peerChanges = countOf(a, 'changes');
const aPath = a.store.dbPath;

// Node B, the host's core, in its worker.
const dir = mkdtempSync(join(tmpdir(), 'samanvay-bench-lag-'));
const [portA, portB] = [await freePort(), await freePort()];
const host = startCoreWorker({
  dbPath: join(dir, 'node.db'),
  kdf: benchKdf,
  sync: { listen: { host: '127.0.0.1', port: portB } },
});
const office = knownOffices[0];
if (!office) throw new Error('no offices in resources/data');
const created = (await call(host, 'session.init', {
  office,
  operator: { name: 'Bench B', rank: 'SI' },
  passphrase: benchPassphrase,
})) as { nodeId: string };
addPeer(
  a.store.db,
  { nodeId: created.nodeId, officeId: office.id, address: `127.0.0.1:${portB}` },
  Date.now(),
);
a.store.close();
await call(host, 'sync.pair', {
  nodeId: a.identity.nodeId,
  officeId: a.officeId,
  address: `127.0.0.1:${portA}`,
});
const before = await changesOf(host);

// The same sampling with the worker idle: what the machine's load alone costs.
await measured('idle worker (the machine alone)', async () => {
  for (let index = 0; index < 20; index += 1) {
    await changesOf(host);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
const peer = await startNodeChild(aPath, portA, benchPassphrase);

await measured(`initial sync of ${peerChanges.toLocaleString('en-IN')} changes`, async () => {
  await call(host, 'sync.now', {});
  const deadline = Date.now() + 1_800_000;
  while ((await changesOf(host)) - before < peerChanges) {
    if (Date.now() > deadline) throw new Error('the initial sync did not finish');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
await peer.stop();

await measured(`demo of ${caseCount.toLocaleString('en-IN')} cases`, async () => {
  let done = false;
  const demo = call(host, 'admin.demo', {
    cases: caseCount,
    suspects: Math.ceil(caseCount / 10),
    days: 7,
    photos: 0,
    logEntries: 280,
    seed: 2026,
  }).finally(() => {
    done = true;
  });
  while (!done) {
    await changesOf(host);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await demo;
});

await host.close();
rmSync(dir, { recursive: true, force: true });
rmSync(dirname(aPath), { recursive: true, force: true });
process.exit(ok ? 0 : 1);
