import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vite's dev server needs an inline React refresh preamble and its own WebSocket, which the
 * page's CSP meta tag forbids; relax that tag on the dev server only, never in a build.
 */
function devServerCsp(): Plugin {
  return {
    name: 'samanvay:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

/**
 * The renderer's build, shared by electron-vite (the app) and plain `vite build` with this
 * file (`npm run build:renderer`: the browser harness serves out/renderer, no Electron needed).
 */
export const rendererConfig = {
  root: `${root}src/renderer`,
  base: './',
  plugins: [react(), devServerCsp()],
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
