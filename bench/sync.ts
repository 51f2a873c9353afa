/**
 * bench/sync: node A in this process, node B as `samanvay node` in a child process (two
 * processes, as two machines would be), over pinned mutual TLS on loopback.
 * 1. initial sync of N changes (cases, and suspects with photos) plus the photos: wall time,
 *    changes/s (budget ≥ 30,000), photo MB/s, this process's peak RSS (≤ 400 MB);
 * 2. live latency, commit on A to applied on B (B's log line), over 1,000 writes (p95 ≤ 100 ms);
 * 3. catch-up after a day offline with 5,000 single-change commits written on each side, from
 *    the TLS session up to both sides holding everything (≤ 3 s);
 * 4. PouchDB replication over HTTP on loopback, same number of records (bench/lib/pouchReplication.ts):
 *    Samanvay's initial sync must be ≥ 10× as fast, in the same run.
 * Photos: the same JPEGs are then copied between two Syncthing instances on loopback
 * (../shared/anchors/syncthing-transfer.py) and the line `photos: Samanvay ÷ Syncthing  N.NN ×`
 * is printed (budget ≥ 1.0); peak RSS of both nodes (budget ≤ 400 MB each). Node A's data is
 * written by a child process first (bench/lib/seedSender.ts), so its memory is a sending node's.
 * Usage: npm run bench -- bench/sync.ts [--changes N] [--photos N] [--live N] [--offline N] [--no-pouch]
 */
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openNode } from '../src/core/node/openNode';
import { addPeer } from '../src/core/sync/peerStore';
import { createSyncService, type SyncService } from '../src/core/sync/syncService';
import { note, report } from './lib/budget';
import { startNodeChild } from './lib/nodeChild';
import { peakRssMb, photoFolderOf, syncthingMBps } from './lib/syncthingAnchor';
import { seedSender } from './lib/seedSender';
import {
  benchNode,
  benchPassphrase,
  countOf,
  percentile,
  portraitFiles,
  until,
  writeCases,
} from './lib/syncSetup';

const { values } = parseArgs({
  options: {
    changes: { type: 'string' },
    photos: { type: 'string' },
    live: { type: 'string' },
    offline: { type: 'string' },
    'no-pouch': { type: 'boolean' },
  },
});
const photoCount = Number(values.photos ?? 2000);
const changeCount = Number(values.changes ?? 100_000);
const liveWrites = Number(values.live ?? 1000);
const offline = Number(values.offline ?? 5000);
let ok = true;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Syncthing on the same JPEGs, side by side in this run: the ratio line, or why there is none. */
async function compareWithSyncthing(samanvayMBps: number): Promise<boolean> {
  const { folder, remove } = photoFolderOf(portraitFiles(photoCount));
  try {
    const anchor = await syncthingMBps(folder);
    if ('missing' in anchor) {
      console.log(`     photos: no Syncthing figure: ${anchor.missing}`);
      return true;
    }
    note('photos: Syncthing MB/s (same JPEGs, loopback)', anchor.MBps, 'MB/s');
    const ratio = samanvayMBps / anchor.MBps;
    console.log(`photos: Samanvay ÷ Syncthing  ${ratio.toFixed(2)} ×`);
    return report('photos: Samanvay ÷ Syncthing', ratio, '×', { min: 1 });
  } finally {
    remove();
  }
}

console.log(
  `Writing ${changeCount.toLocaleString('en-IN')} changes and ${photoCount} photos on A…`,
);
const seeded = seedSender(changeCount, photoCount);
const a = await openNode({ dbPath: seeded.dbPath }, { passphrase: benchPassphrase });
const { photoBytes, total } = seeded;
const bSetup = await benchNode('B', 0);
const bPath = bSetup.store.dbPath;
const bId = bSetup.identity.nodeId;
const portB = await freePort();

let serviceA: SyncService = createSyncService({
  context: a,
  listen: { host: '127.0.0.1', port: 0 },
});
const portA = (await serviceA.start()).port ?? 0;
addPeer(
  bSetup.store.db,
  { nodeId: a.identity.nodeId, officeId: a.officeId, address: `127.0.0.1:${portA}` },
  Date.now(),
);
bSetup.store.close();
addPeer(
  a.store.db,
  { nodeId: bId, officeId: bSetup.officeId, address: `127.0.0.1:${portB}` },
  Date.now(),
);

let b = await startNodeChild(bPath, portB, benchPassphrase);
serviceA.connectNow();
await until(() => b.connectedAt > 0);
// From the TLS session up, leaving out the child's start-up (loading TypeScript).
const began = b.connectedAt;
// Node A's resident memory sampled from the start of the sync: the initial sync of the
// changes, then the photos.
let peakA = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakA = Math.max(peakA, process.memoryUsage().rss);
}, 20);
await until(() => b.received >= total);
const changesDone = performance.now();
const peakSyncA = peakA / (1024 * 1024);
const peakSyncB = peakRssMb(b.pid);
await until(() => b.photos >= photoCount);
const photosDone = performance.now();
clearInterval(sampler);
peakA /= 1024 * 1024;
const peakB = peakRssMb(b.pid);
const seconds = (from: number, to: number) => (to - from) / 1000;
const wire = serviceA.status().peers[0]?.bytesSent ?? 0;
note('initial sync: changes', total, 'changes');
note('initial sync: wall time, changes', seconds(began, changesDone), 's');
const rate = total / seconds(began, changesDone);
ok = report('initial sync: changes/s', rate, 'changes/s', { min: 30_000 }) && ok;
ok = report('initial sync: peak RSS, node A (sending)', peakSyncA, 'MB', { max: 400 }) && ok;
if (peakSyncB !== undefined)
  ok = report('initial sync: peak RSS, node B (receiving)', peakSyncB, 'MB', { max: 400 }) && ok;
note('initial sync: photos', photoCount, 'photos');
note('initial sync: photo bytes', photoBytes / 1e6, 'MB');
note('initial sync: wall time, changes and photos', seconds(began, photosDone), 's');
note(
  'initial sync: photos MB/s (whole run)',
  photoBytes / 1e6 / seconds(began, photosDone),
  'MB/s',
);
note('initial sync: wire MB/s sent by A', wire / 1e6 / seconds(began, photosDone), 'MB/s');
// Photos are fetched once the changes are in: their rate is from then until B holds them all.
const samanvayMBps = photoBytes / 1e6 / seconds(changesDone, photosDone);
note('photos: Samanvay MB/s (after the changes)', samanvayMBps, 'MB/s');
note(
  'peak RSS, node A (whole run; its data written by a child first)',
  process.resourceUsage().maxRSS / 1024,
  'MB',
);
ok = report('photo run: peak RSS, node A (sending photos)', peakA, 'MB', { max: 400 }) && ok;
if (peakB === undefined)
  console.log('     photo run: peak RSS of node B not readable here (no /proc)');
else ok = report('photo run: peak RSS, node B (whole life)', peakB, 'MB', { max: 400 }) && ok;
ok = (await compareWithSyncthing(samanvayMBps)) && ok;

// Live: one write at a time on A, timed until B logs that it applied it.
await until(() => serviceA.inSyncWith(bId));
const latencies: number[] = [];
for (let index = 0; index < liveWrites; index += 1) {
  const arrived = new Promise<number>((resolve) => {
    b.onReceived = resolve;
  });
  const written = performance.now();
  a.changeLog.write(
    [
      {
        entity: 'operator',
        recordId: `${a.officeId}:live-${index}`,
        op: 'create',
        body: { fields: { name: `Live ${index}`, rank: 'HC' } },
      },
    ],
    a.session.operatorId,
  );
  latencies.push((await arrived) - written);
}
note('live latency p50', percentile(latencies, 50), 'ms');
ok = report('live latency p95', percentile(latencies, 95), 'ms', { max: 100 }) && ok;

// A day offline: both sides keep working, then reconnect.
await b.stop();
await serviceA.stop();
writeCases(a, offline, 1, 11);
const bNode = await openNode({ dbPath: bPath }, { passphrase: benchPassphrase });
writeCases(bNode, offline, 1, 12);
bNode.store.close();
const expected = countOf(a, 'changes') + offline;
serviceA = createSyncService({ context: a, listen: { host: '127.0.0.1', port: portA } });
const reconnect = performance.now();
await serviceA.start();
b = await startNodeChild(bPath, portB, benchPassphrase);
await until(() => b.received >= offline && countOf(a, 'changes') >= expected);
const caughtUp = performance.now();
note('catch-up: reconnect, child start-up included', seconds(reconnect, caughtUp), 's');
ok =
  report(
    `catch-up after a day offline, ${offline} commits each side`,
    seconds(b.connectedAt, caughtUp),
    's',
    { max: 3 },
  ) && ok;
await b.stop();
await serviceA.stop();
a.store.close();

if (values['no-pouch'] !== true) {
  try {
    const { pouchReplication } = await import('./lib/pouchReplication');
    const pouchSeconds = await pouchReplication(total);
    note('PouchDB over HTTP: same number of documents', total, 'docs');
    note('PouchDB over HTTP: replication time', pouchSeconds, 's');
    note('PouchDB over HTTP: docs/s', total / pouchSeconds, 'docs/s');
    ok =
      report(
        'initial sync: Samanvay ÷ PouchDB, same run',
        pouchSeconds / seconds(began, changesDone),
        '×',
        { min: 10 },
      ) && ok;
  } catch (error) {
    console.log(
      `     PouchDB comparison skipped: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
process.exit(ok ? 0 : 1);
