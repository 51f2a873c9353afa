import { defineConfig } from '@playwright/test';

/**
 * Browser end-to-end tests (test/e2e) drive the real UI, built into out/renderer and served
 * by the browser harness against a real core, in Debian's Chromium (Playwright cannot
 * download its own browser here). test/electron holds the `_electron` smoke test, which
 * skips itself where the Electron binary is missing.
 */
const chromiumPath = process.env.SAMANVAY_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  outputDir: 'test-results/playwright',
  // The harness is the built `samanvay` command: build it first.
  globalSetup: './test/buildCli.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
