import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` for everything that runs under plain Node (shared, core, cli, main's
 * Electron-free helpers, cross-process tests in test/), `renderer` for the UI under jsdom.
 * Timeouts are generous: integration tests start child processes and real databases.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // Tests run the real `samanvay` command, which is built JavaScript: build it first.
    globalSetup: ['test/buildCli.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/shared/**/*.test.ts',
            'src/core/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'src/main/**/*.test.ts',
            'test/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/test/setup.ts'],
        },
      },
    ],
  },
});
