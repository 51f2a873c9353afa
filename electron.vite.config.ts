import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Native and Node-only packages stay in node_modules; everything else is bundled. */
const nativeDependencies = ['better-sqlite3-multiple-ciphers', 'sharp', 'ws', 'electron-updater'];

export default defineConfig({
  main: {
    build: {
      outDir: `${root}out/main`,
      externalizeDeps: { include: nativeDependencies },
      rolldownOptions: {
        // The core runs in a worker thread (src/core/worker): its entry is built beside main's.
        input: {
          index: `${root}src/main/index.ts`,
          coreWorker: `${root}src/core/worker/coreWorker.ts`,
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${root}out/preload`,
      // A sandboxed preload can require only `electron`: bundle zod and the contract, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: `${root}src/preload/index.ts` },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
