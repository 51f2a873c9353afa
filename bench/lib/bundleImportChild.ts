/**
 * Imports one bundle into one node in a process of its own, so its peak RSS is the import's
 * alone: prints `{ ms, cpuMs, maxRssMb, applied, photos }` as JSON.
 * Usage: node --import tsx bench/lib/bundleImportChild.ts DB_PATH BUNDLE_PATH
 */
import { performance } from 'node:perf_hooks';
import { importBundle } from '../../src/core/bundles/bundleService';
import { openNode } from '../../src/core/node/openNode';
import { benchPassphrase } from './syncSetup';

const [dbPath, bundlePath] = process.argv.slice(2);
if (!dbPath || !bundlePath) throw new Error('usage: bundleImportChild DB BUNDLE');
const context = await openNode({ dbPath }, { passphrase: benchPassphrase });
const began = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await importBundle(context, { path: bundlePath });
const ms = performance.now() - began;
const cpu = process.cpuUsage(cpuBefore);
context.store.close();
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    applied: summary.applied,
    rejected: summary.rejected.length,
    photos: summary.photosStored,
  }),
);
