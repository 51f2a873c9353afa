import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDatabasePath, parseLaunchOptions } from './launchOptions';

const userData = path.resolve('/home/operator/.config/samanvay');

describe('parseLaunchOptions', () => {
  it('opens samanvay.db under userData when nothing is said', () => {
    expect(parseLaunchOptions(['/usr/bin/electron', '.'], {}, userData)).toEqual({
      dbPath: path.join(userData, 'samanvay.db'),
      demo: false,
      nativeBinding: undefined,
    });
  });

  it('takes --db in either spelling before SAMANVAY_DB', () => {
    const env = { SAMANVAY_DB: '/srv/env.db' };
    expect(parseLaunchOptions(['--db', '/srv/a.db'], env, userData).dbPath).toBe(
      path.resolve('/srv/a.db'),
    );
    expect(parseLaunchOptions(['--db=/srv/b.db'], env, userData).dbPath).toBe(
      path.resolve('/srv/b.db'),
    );
    expect(parseLaunchOptions([], env, userData).dbPath).toBe(path.resolve('/srv/env.db'));
  });

  it('opens the demo database under userData with --demo', () => {
    const options = parseLaunchOptions(['--demo'], { SAMANVAY_DB: '/srv/env.db' }, userData);
    expect(options).toMatchObject({ demo: true, dbPath: demoDatabasePath(userData) });
  });

  it('refuses --db together with --demo, and --db without a path', () => {
    expect(() => parseLaunchOptions(['--db', 'x.db', '--demo'], {}, userData)).toThrow(
      /either --db or --demo/,
    );
    expect(() => parseLaunchOptions(['--db'], {}, userData)).toThrow(/--db needs a value/);
    expect(() => parseLaunchOptions(['--db', '--demo'], {}, userData)).toThrow(/needs a value/);
  });

  it('passes the Electron native binding from the flag or the environment', () => {
    expect(parseLaunchOptions(['--native-binding', '/n/a.node'], {}, userData).nativeBinding).toBe(
      path.resolve('/n/a.node'),
    );
    expect(
      parseLaunchOptions([], { SAMANVAY_NATIVE_BINDING: '/n/b.node' }, userData).nativeBinding,
    ).toBe(path.resolve('/n/b.node'));
  });
});
