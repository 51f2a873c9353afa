import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { inProcessHost } from '../../core/worker/coreHost';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import { createFakeCore, type FakeCore } from './fakeCore';
import {
  harnessContentSecurityPolicy,
  maxMessageBytes,
  startHarness,
  type Harness,
} from './harnessServer';
import { forbiddenCloseCode } from './harnessSocket';

let base: string;
let rendererDir: string;
const secret = 'TOP-SECRET-OUTSIDE-THE-RENDERER';
const indexHtml = '<!doctype html><title>Samanvay</title><div id="root"></div>';

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'samanvay-harness-'));
  rendererDir = path.join(base, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), indexHtml);
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1);');
  await writeFile(
    path.join(rendererDir, 'assets', 'noto.woff2'),
    Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  );
  await writeFile(path.join(rendererDir, '.env'), secret);
  await writeFile(path.join(base, 'secret.txt'), secret);
  await symlink(path.join(base, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

let harness: Harness | undefined;
let core: FakeCore;

async function start(): Promise<Harness> {
  core = createFakeCore();
  harness = await startHarness({ core: inProcessHost(core), rendererDir });
  return harness;
}

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const originOf = (running: Harness) => new URL(running.url).origin;
const portOf = (running: Harness) => Number(new URL(running.url).port);

/** A raw GET: the path is sent exactly as given, without URL normalisation. */
function get(running: Harness, rawPath: string, host?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const call = request(
        { host: '127.0.0.1', port: portOf(running), path: rawPath, headers: host ? { host } : {} },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      call.on('error', reject);
      call.end();
    },
  );
}

type Message = Record<string, unknown>;

/** Opens a socket and collects what the harness sends until it closes. */
function connect(running: Harness, origin = originOf(running)) {
  const socket = new WebSocket(`ws://127.0.0.1:${portOf(running)}/api`, { origin });
  const received: Message[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data: Buffer) => {
    received.push(JSON.parse(data.toString()) as Message);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
  });
  async function next(predicate: (message: Message) => boolean): Promise<Message> {
    for (;;) {
      const found = received.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }
  const send = (message: unknown) => socket.send(JSON.stringify(message));
  return { socket, received, opened, closed, next, send };
}

async function authenticated(running: Harness) {
  const client = connect(running);
  await client.opened;
  client.send({ type: 'hello', token: running.token });
  await client.next((message) => message['type'] === 'ready');
  return client;
}

describe('startHarness', () => {
  it('listens on 127.0.0.1 only and gives a URL with a 256-bit token', async () => {
    const running = await start();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
    expect(running.url.endsWith(running.token)).toBe(true);
  });

  it('serves the renderer with its CSP, nosniff and the right types', async () => {
    const running = await start();
    const page = await get(running, '/');
    expect(page.status).toBe(200);
    expect(page.body).toBe(indexHtml);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect((await get(running, '/assets/index-abc.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get(running, '/assets/noto.woff2')).headers['content-type']).toBe('font/woff2');
    expect((await get(running, '/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '//etc/passwd',
    '/assets/link.txt',
    '/.env',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', async (rawPath) => {
    const running = await start();
    const answer = await get(running, rawPath);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(secret);
    expect(answer.body).not.toContain('root:');
  });

  it("sends the same policy as the renderer's own <meta> and main, plus frame-ancestors", async () => {
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // The page's <meta> is filled in by the build from the same policy.
    expect(meta).toBe('%SAMANVAY_CSP%');
    expect(harnessContentSecurityPolicy).toBe(
      `${contentSecurityPolicy({ meta: true })}; frame-ancestors 'none'`,
    );
    expect(harnessContentSecurityPolicy).toBe(contentSecurityPolicy({ dev: false }));
    const response = await get(await start(), '/');
    expect(response.headers['content-security-policy']).toBe(harnessContentSecurityPolicy);
  });

  it('answers nothing to another host name for the same address', async () => {
    const running = await start();
    const answer = await get(running, '/', `evil.example:${portOf(running)}`);
    expect(answer.status).toBe(421);
    expect(answer.body).not.toContain('<title>');
  });

  it('refuses a WebSocket from another origin, or with no origin', async () => {
    const running = await start();
    for (const origin of ['http://evil.example', `http://localhost:${portOf(running)}`, '']) {
      const socket = new WebSocket(
        `ws://127.0.0.1:${portOf(running)}/api`,
        origin ? { origin } : {},
      );
      const status = await new Promise<number | undefined>((resolve) => {
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
        socket.on('open', () => resolve(undefined));
        socket.on('error', () => undefined);
      });
      expect(status, origin).toBe(403);
    }
  });

  it('closes a socket whose hello carries the wrong token, without answering its calls', async () => {
    const running = await start();
    const client = connect(running);
    await client.opened;
    client.send({ type: 'hello', token: 'f'.repeat(64) });
    client.send({ type: 'call', id: 1, method: 'session.status', input: {} });
    expect(await client.closed).toBe(forbiddenCloseCode);
    expect(client.received).toEqual([]);
  });

  it('closes a socket that calls before saying hello', async () => {
    const running = await start();
    const client = connect(running);
    await client.opened;
    client.send({ type: 'call', id: 1, method: 'session.status', input: {} });
    expect(await client.closed).toBe(forbiddenCloseCode);
    expect(client.received).toEqual([]);
  });

  it('answers calls through the contract: results, validated input and coded errors', async () => {
    const running = await start();
    const client = await authenticated(running);
    client.send({ type: 'call', id: 1, method: 'session.status', input: {} });
    client.send({
      type: 'call',
      id: 2,
      method: 'session.unlock',
      input: { passphrase: 'wrong one' },
    });
    client.send({
      type: 'call',
      id: 3,
      method: 'cases.lane',
      input: { lane: 'under_investigation', limit: 100000 },
    });
    client.send({ type: 'call', id: 'four', method: 'system.exec', input: {} });
    client.send({
      type: 'call',
      id: 5,
      method: 'cases.lane',
      input: { lane: 'under_investigation' },
    });
    client.send({ type: 'call', id: 6, method: 'admin.export', input: {} });
    // A page asking the core to write a bundle to a path of its choosing.
    client.send({
      type: 'call',
      id: 7,
      method: 'admin.bundleExport',
      input: { peer: 'AAAA-BBBB-CCCC-DDDD', path: '/home/operator/.bashrc' },
    });
    // A page asking for the meeting's bundles in a folder of its choosing.
    client.send({
      type: 'call',
      id: 8,
      method: 'admin.meetingExport',
      input: { offices: ['wb-asansol'], language: 'hi', folder: '/home/operator/.config' },
    });

    const byId = async (id: number | string) => client.next((message) => message['id'] === id);
    expect(await byId(1)).toMatchObject({
      type: 'result',
      ok: true,
      result: { state: 'unlocked' },
    });
    expect(await byId(2)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await byId(3)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'limit' } },
    });
    expect(await byId('four')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await byId(5)).toMatchObject({ ok: true, result: { total: 0, items: [] } });
    // The command line's administration calls are never a page's: refused before core.
    expect(await byId(6)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await byId(7)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await byId(8)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.received.map(({ method }) => method)).not.toContain('admin.meetingExport');
    expect(core.received.map(({ method }) => method)).not.toContain('admin.export');
    expect(core.received.map(({ method }) => method)).not.toContain('admin.bundleExport');
    // Defaults from the contract's schema are applied before core sees the input.
    expect(core.received.at(-1)).toEqual({
      method: 'cases.lane',
      input: { lane: 'under_investigation', offset: 0, limit: 60 },
    });
    expect(JSON.stringify(client.received)).not.toMatch(/stack|at \w+ \(/);
  });

  it('pushes core events to authenticated pages only', async () => {
    const running = await start();
    const page = await authenticated(running);
    const stranger = connect(running);
    await stranger.opened;

    core.emit('record.changed', { entity: 'case', ids: ['c1'], origin: 'local' });
    expect(await page.next((message) => message['type'] === 'event')).toEqual({
      type: 'event',
      event: 'record.changed',
      payload: { entity: 'case', ids: ['c1'], origin: 'local' },
    });
    core.emit('session.changed', { state: 'locked', unlockWith: ['passphrase'] });
    expect(await page.next((message) => message['event'] === 'session.changed')).toMatchObject({
      payload: { state: 'locked' },
    });
    expect(stranger.received).toEqual([]);
    stranger.socket.close();
  });

  it('drops a socket that sends more than the message cap', async () => {
    const running = await start();
    const client = await authenticated(running);
    client.send({
      type: 'call',
      id: 1,
      method: 'cases.lane',
      input: { text: 'x'.repeat(maxMessageBytes + 1024) },
    });
    expect(await client.closed).toBe(1009);
  });

  it('stops listening to core and drops sockets when closed', async () => {
    const running = await start();
    const client = await authenticated(running);
    expect(core.listenerCount()).toBeGreaterThan(0);
    await running.close();
    harness = undefined;
    expect(core.listenerCount()).toBe(0);
    expect(await client.closed).toBeGreaterThan(0);
  });

  it('refuses to start without a built renderer', async () => {
    await expect(
      startHarness({ core: inProcessHost(createFakeCore()), rendererDir: base }),
    ).rejects.toThrow(/npm run build:renderer/);
  });
});
