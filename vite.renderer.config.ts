import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from './src/shared/contentSecurityPolicy';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Fills the page's CSP `<meta>` from the one policy (src/shared/contentSecurityPolicy.ts);
 * on the dev server only, relaxed for Vite's inline React refresh preamble and WebSocket.
 */
function pageCsp(): Plugin {
  let dev = false;
  return {
    name: 'samanvay:page-csp',
    configResolved: (config) => {
      dev = config.command === 'serve';
    },
    transformIndexHtml: (html) =>
      html.replace('%SAMANVAY_CSP%', contentSecurityPolicy({ dev, meta: true })),
  };
}

/**
 * The renderer's build, shared by electron-vite (the app) and plain `vite build` with this
 * file (`npm run build:renderer`: the browser harness serves out/renderer, no Electron needed).
 */
export const rendererConfig = {
  root: `${root}src/renderer`,
  base: './',
  plugins: [react(), pageCsp()],
  build: {
    outDir: `${root}out/renderer`,
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    reportCompressedSize: false,
    // One local bundle for a desktop app: size warnings meant for the web are noise here.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input: `${root}src/renderer/index.html` },
  },
} satisfies UserConfig;

export default rendererConfig;
