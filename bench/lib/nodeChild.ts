/** The far node of the sync benchmark: `samanvay node` in a child process, its events as they arrive. */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/samanvay.mjs', import.meta.url));

/** A running `samanvay node --json`, counting what it received. */
export interface NodeChild {
  received: number;
  photos: number;
  /** When the first peer connected (performance.now()), 0 before. */
  connectedAt: number;
  /** Called with the arrival time (performance.now()) of each `received` event. */
  onReceived?: (at: number) => void;
  stop(): Promise<void>;
}

/** Starts `samanvay node` on `dbPath`, listening on loopback `port`. */
export async function startNodeChild(
  dbPath: string,
  port: number,
  passphrase: string,
): Promise<NodeChild> {
  const child = spawn(
    process.execPath,
    // SAMANVAY_BENCH_CHILD_ARGS: extra Node flags for the receiver, e.g. `--cpu-prof`.
    [
      ...(process.env.SAMANVAY_BENCH_CHILD_ARGS?.split(' ').filter(Boolean) ?? []),
      bin,
      'node',
      '--db',
      dbPath,
      '--listen',
      `127.0.0.1:${port}`,
      '--json',
    ],
    {
      env: { ...process.env, SAMANVAY_PASSPHRASE: passphrase },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const state: NodeChild = {
    received: 0,
    photos: 0,
    connectedAt: 0,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
    },
  };
  let pending = '';
  let listening: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const at = performance.now();
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const event = JSON.parse(line) as { type: string; changes?: number };
      if (event.type === 'listening') listening();
      if (event.type === 'connected' && state.connectedAt === 0) state.connectedAt = at;
      if (event.type === 'received') {
        state.received += event.changes ?? 0;
        state.onReceived?.(at);
      }
      if (event.type === 'photo') state.photos += 1;
    }
  });
  await ready;
  return state;
}
