#!/usr/bin/env node
// Builds the `samanvay` command to JavaScript (out/cli): src/cli/main.ts and the core
// worker's entry (src/core/worker/coreWorker.ts), which runs beside it. Each command is its
// own chunk, loaded when run, so `samanvay help` loads almost nothing. Packages stay in
// node_modules. Run by `npm run build`, on `npm install` (prepare), and by bin/samanvay.mjs
// when out/cli is missing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'out', 'cli');

/**
 * Builds out/cli; resolves when it is written. Files are overwritten in place, never removed
 * first, so a CLI that is running meanwhile keeps its chunks.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'src/cli/main.ts',
      coreWorker: 'src/core/worker/coreWorker.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
