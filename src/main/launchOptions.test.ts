import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDatabasePath, parseLaunchOptions, parseListen } from './launchOptions';

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

describe('the listen address for sync', () => {
  it('reads --listen or SAMANVAY_LISTEN, IPv6 in brackets, and refuses anything else', () => {
    expect(parseLaunchOptions(['--listen', '0.0.0.0:7443'], {}, userData).listen).toEqual({
      host: '0.0.0.0',
      port: 7443,
    });
    expect(parseLaunchOptions([], { SAMANVAY_LISTEN: '[::1]:9000' }, userData).listen).toEqual({
      host: '::1',
      port: 9000,
    });
    expect(parseLaunchOptions([], {}, userData).listen).toBeUndefined();
    expect(() => parseListen('7443')).toThrow(/HOST:PORT/);
    expect(() => parseListen('host:99999')).toThrow(/HOST:PORT/);
  });
});
