/**
 * bench/bundle: a sync bundle of N changes and P photos (cases, and suspects with photos),
 * exported by node A for node B, then imported by B in a child process of its own.
 * Budgets: import ≤ 30 s, peak RSS of the importing process ≤ 300 MB. Also printed: export
 * time, the file's size against the raw data (change bodies and photo bytes).
 * Usage: npm run bench -- bench/bundle.ts [--changes N] [--photos N] [--cpu-prof DIR] [--cli]
 * (`--cpu-prof DIR` writes a V8 CPU profile of the importing process into DIR; `--keep DIR`
 * copies B's folder and the bundle there before the import, to run the import again alone;
 * `--cli` imports with the built `samanvay bundle import` instead, as an operator would: its
 * core in a worker thread, no TypeScript loader, unlocking counted in the times.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { exportBundle } from '../src/core/bundles/bundleService';
import type { NodeContext } from '../src/core/node/nodeContext';
import { createCommitStore } from '../src/core/sync/commitStore';
import { note, report } from './lib/budget';
import { buildCli } from '../scripts/buildCli.mjs';
import { addPhotoSuspects, benchNode, benchPassphrase, writeCases } from './lib/syncSetup';

const { values } = parseArgs({
  options: {
    changes: { type: 'string' },
    photos: { type: 'string' },
    'cpu-prof': { type: 'string' },
    keep: { type: 'string' },
    cli: { type: 'boolean' },
  },
});
const changeCount = Number(values.changes ?? 100_000);
const photoCount = Number(values.photos ?? 2000);

/** `to` takes in everything `from` holds (so it knows `from`'s node record and bundle key). */
function introduce(from: NodeContext, to: NodeContext): void {
  const source = createCommitStore(from);
  const target = createCommitStore(to);
  const commits = source.commitsFor({ ...target.vector }, 1e9, new Set());
  to.store.db.transaction(() => {
    for (const commit of commits) target.receive(commit, from.identity.nodeId);
  })();
  source.close();
  target.close();
}

console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const a = await benchNode('A', 1);
const b = await benchNode('B', 0);
introduce(a, b);
introduce(b, a);
console.log(
  `Writing ${changeCount.toLocaleString('en-IN')} changes and ${photoCount} photos on A…`,
);
const photoBytes = await addPhotoSuspects(a, photoCount);
writeCases(a, Math.max(0, changeCount - photoCount - 3), 1000);
const bodies = a.store.db
  .prepare('SELECT count(*) AS n, sum(length(body)) AS bytes FROM changes')
  .get() as { n: number; bytes: number };

const file = join(dirname(a.store.dbPath), 'for-b.bundle');
const exportStart = performance.now();
const exported = await exportBundle(a, { peer: b.identity.nodeId, path: file });
const exportSeconds = (performance.now() - exportStart) / 1000;
const bPath = b.store.dbPath;
b.store.close();
a.store.close();
if (values.keep) {
  cpSync(dirname(bPath), join(values.keep, 'b'), { recursive: true });
  cpSync(file, join(values.keep, 'for-b.bundle'));
}

if (values.cli) await buildCli();
const child = spawnSync(
  process.execPath,
  [
    ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []),
    ...(values.cli
      ? [join(import.meta.dirname, 'lib', 'bundleImportCli.mjs')]
      : ['--import', 'tsx', join(import.meta.dirname, 'lib', 'bundleImportChild.ts')]),
    bPath,
    file,
  ],
  {
    encoding: 'utf8',
    maxBuffer: 1e6,
    env: { ...process.env, SAMANVAY_PASSPHRASE: benchPassphrase },
  },
);
if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
const imported = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  applied: number;
  rejected: number;
  photos: number;
};
const raw = bodies.bytes + photoBytes;
note('changes in the bundle', exported.changes, 'changes');
note('photos in the bundle', exported.photos, 'photos');
note('export: wall time', exportSeconds, 's');
note('bundle file size', statSync(file).size / 1e6, 'MB');
note('raw data (change bodies + photo bytes)', raw / 1e6, 'MB');
note('file size / raw data', statSync(file).size / raw, '×');
note('import: commits applied / refused', imported.applied, `/ ${imported.rejected}`);
console.log(
  `     import by ${values.cli ? 'the built CLI (samanvay bundle import)' : 'importBundle in a tsx process'}`,
);
note(
  'import: CPU time (user + system; less than wall time on a loaded machine)',
  imported.cpuMs / 1000,
  's',
);
let ok = report('import: wall time', imported.ms / 1000, 's', { max: 30 });
ok =
  report('import: peak RSS of the importing process', imported.maxRssMb, 'MB', { max: 300 }) && ok;
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
process.exit(ok && imported.photos === photoCount ? 0 : 1);
