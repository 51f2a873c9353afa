import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import {
  ensureElectronNativeBinding,
  findElectronBinary,
  projectRoot,
} from '../../scripts/electron.mjs';

const electronBinary = findElectronBinary();
const hasElectronBinary = electronBinary !== undefined;

test.describe('the Electron app', () => {
  test.skip(
    !hasElectronBinary,
    'Electron binary not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); the UI is tested through the browser harness',
  );

  let app: ElectronApplication | undefined;
  let dataDir = '';

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'samanvay-electron-'));
    // Expects `npm run build` to have run (npm test builds the whole app where Electron exists).
    app = await electron.launch({
      executablePath: electronBinary,
      args: [
        projectRoot,
        '--db',
        path.join(dataDir, 'samanvay.db'),
        '--native-binding',
        ensureElectronNativeBinding(),
      ],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one sandboxed window that reaches core only through the bridge', async () => {
    if (!app) throw new Error('the app did not start');
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(window.url()).toMatch(/^samanvay:\/\/app\//);

    const exposed = await window.evaluate(() => {
      const global = window as unknown as Record<string, unknown>;
      const bridge = global.samanvay as Record<string, unknown> | undefined;
      return {
        bridgeKeys: bridge ? Object.keys(bridge).sort() : [],
        require: typeof global.require,
        process: typeof global.process,
      };
    });
    expect(exposed).toEqual({
      bridgeKeys: ['call', 'subscribe'],
      require: 'undefined',
      process: 'undefined',
    });

    const status = await window.evaluate(() =>
      (
        window as unknown as { samanvay: { call(m: string, i: unknown): Promise<unknown> } }
      ).samanvay.call('session.status', {}),
    );
    expect(status).toMatchObject({ ok: true, result: { state: 'new' } });

    const refused = await window.evaluate(() =>
      (
        window as unknown as { samanvay: { call(m: string, i: unknown): Promise<unknown> } }
      ).samanvay.call('no.such.method', {}),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    // A new database opens on the set-up screen (an existing one on the unlock screen).
    await expect(window.getByRole('heading', { name: 'Set up this computer' })).toBeVisible();
    await window.screenshot({
      path: path.join('test-results', 'playwright', 'electron-first-screen.png'),
    });
  });
});
