import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import WebSocket from 'ws';
import type { InputOf, Method, ResultOf } from '../../src/shared/api/contract';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const startTimeoutMs = 90_000;

/** One `samanvay harness` process on a fresh database in its own temporary folder. */
export interface HarnessProcess {
  /** `http://127.0.0.1:PORT/#token=…`, as printed by the CLI. */
  url: string;
  origin: string;
  token: string;
  dir: string;
  /** Calls the contract over the harness's WebSocket, as the page does. */
  call: <M extends Method>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;
  stop: () => Promise<void>;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`no "Harness:" line within ${startTimeoutMs} ms`)),
      startTimeoutMs,
    );
    function fail(error: Error) {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n--- harness output ---\n${output}`));
    }
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Harness: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64})/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`the harness exited early with code ${code}`)));
  });
}

/** One call over a short-lived authenticated socket; a failed call throws `CODE: message`. */
async function callOnce(
  origin: string,
  token: string,
  method: string,
  input: unknown,
): Promise<unknown> {
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/api`, { origin });
  try {
    return await new Promise((resolve, reject) => {
      socket.on('error', reject);
      socket.on('close', (code) => reject(new Error(`harness closed the socket (${code})`)));
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Record<string, unknown>;
        if (message['type'] === 'ready')
          socket.send(JSON.stringify({ type: 'call', id: 1, method, input }));
        if (message['type'] !== 'result') return;
        const error = message['error'] as { code: string; message: string } | undefined;
        if (message['ok'] === true) resolve(message['result']);
        else reject(new Error(`${error?.code}: ${error?.message}`));
      });
    });
  } finally {
    socket.close();
  }
}

export interface HarnessOptions {
  /** Fills the database before the harness opens it (e.g. `samanvay demo`); it starts locked. */
  prepare?: (dbPath: string) => Promise<void>;
  /** `HOST:PORT` where the harness's node accepts paired peers. */
  listen?: string;
}

/** Starts `node bin/samanvay.mjs harness --db <tmp>/test.db --port 0 --kdf-fast`. */
export async function launchHarness(options: HarnessOptions = {}): Promise<HarnessProcess> {
  if (!existsSync(path.join(projectRoot, 'out/renderer/index.html'))) {
    throw new Error('The UI is not built: run npm run build:renderer before the e2e tests');
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'samanvay-e2e-'));
  await options.prepare?.(path.join(dir, 'test.db'));
  const child = spawn(
    process.execPath,
    [
      'bin/samanvay.mjs',
      'harness',
      '--db',
      path.join(dir, 'test.db'),
      '--port',
      '0',
      '--kdf-fast',
      ...(options.listen ? ['--listen', options.listen] : []),
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  }
  try {
    const url = await waitForUrl(child);
    const { origin, hash } = new URL(url);
    const token = hash.replace('#token=', '');
    return {
      url,
      origin,
      token,
      dir,
      call: async (method, input) => (await callOnce(origin, token, method, input)) as never,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A harness for the whole spec file: started before its first test, stopped after its last.
 * The tests of a file share it (and its database), so files run their tests in order.
 */
export function useHarness(options: HarnessOptions = {}): () => HarnessProcess {
  let harness: HarnessProcess | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(startTimeoutMs + 30_000);
    harness = await launchHarness(options);
  });
  test.afterAll(async () => {
    await harness?.stop();
  });
  return () => {
    if (!harness) throw new Error('the harness has not started');
    return harness;
  };
}

/** Where each screen's picture goes: test-results/screens/NAME.png. */
export function screenPath(name: string): string {
  return path.join(projectRoot, 'test-results', 'screens', `${name}.png`);
}
