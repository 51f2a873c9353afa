import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer's build, shared by electron-vite (the app) and plain `vite build` with this
 * file (`npm run build:renderer`: the browser harness serves out/renderer, no Electron needed).
 */
export const rendererConfig = {
  root: `${root}src/renderer`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}out/renderer`,
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: { input: `${root}src/renderer/index.html` },
  },
} satisfies UserConfig;

export default rendererConfig;
