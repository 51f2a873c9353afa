/**
 * Writes the sending node's data for bench/sync in a process of its own: drawing and storing
 * 2,000 portraits and stamping 100k changes leaves hundreds of MB of freed memory behind in
 * the process that did it, which is not what a node that only sends would hold. The bench
 * then opens the node afresh, so node A's peak memory is a sending node's.
 * Child usage: tsx bench/lib/seedSender.ts CHANGES PHOTOS → one JSON line on stdout.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addPhotoSuspects, benchNode, countOf, writeCases } from './syncSetup';

/** What the child wrote: node A's database, its photo bytes and its number of changes. */
export interface SeededSender {
  dbPath: string;
  photoBytes: number;
  total: number;
}

/** Runs this file as a child and returns what it wrote. */
export function seedSender(changes: number, photos: number): SeededSender {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), String(changes), String(photos)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`seeding node A failed (${String(result.status)})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as SeededSender;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [changes, photos] = process.argv.slice(2).map(Number) as [number, number];
  const a = await benchNode('A', 1);
  const photoBytes = await addPhotoSuspects(a, photos);
  writeCases(a, changes - photos - 3, 1000);
  const seeded: SeededSender = { dbPath: a.store.dbPath, photoBytes, total: countOf(a, 'changes') };
  a.store.close();
  console.log(JSON.stringify(seeded));
}
