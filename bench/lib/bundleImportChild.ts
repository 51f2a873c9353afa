/**
 * Imports one bundle into one node in a process of its own, so its peak RSS is the import's
 * alone: prints `{ ms, cpuMs, maxRssMb, applied, photos }` as JSON.
 * Usage: node --import tsx bench/lib/bundleImportChild.ts DB_PATH BUNDLE_PATH
 */
import { importBundle } from '../../src/core/bundles/bundleService';
import { openNode } from '../../src/core/node/openNode';
import { measureImport } from './importFigures.mjs';
import { benchPassphrase } from './syncSetup';

const [dbPath, bundlePath] = process.argv.slice(2);
if (!dbPath || !bundlePath) throw new Error('usage: bundleImportChild DB BUNDLE');
const context = await openNode({ dbPath }, { passphrase: benchPassphrase });
const measure = measureImport();
const summary = await importBundle(context, { path: bundlePath });
measure.done(summary);
context.store.close();
