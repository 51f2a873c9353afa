import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, demoDatabasePath, projectRoot, userDataDir } from './appPaths';

describe.runIf(process.platform === 'linux')('the app’s database, found without Electron', () => {
  const env = { XDG_CONFIG_HOME: '/home/duty/.config' };

  it('is <userData>/samanvay.db, userData being Electron’s folder for the app', () => {
    expect(userDataDir(env)).toBe('/home/duty/.config/samanvay');
    expect(defaultDatabasePath(env)).toBe('/home/duty/.config/samanvay/samanvay.db');
    expect(demoDatabasePath(env)).toBe('/home/duty/.config/samanvay/demo/samanvay.db');
  });

  it('is SAMANVAY_DB when set, as in the app', () => {
    expect(defaultDatabasePath({ ...env, SAMANVAY_DB: 'other.db' })).toBe(path.resolve('other.db'));
  });
});

describe('projectRoot', () => {
  it('is the folder of package.json, from the source tree', () => {
    expect(projectRoot()).toBe(path.resolve(__dirname, '..', '..'));
  });
});
