import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** How a child run ended. */
export interface ChildRun {
  /** Complete lines the child printed (a line cut by the kill is left out). */
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * Runs a TypeScript fixture under `node --import tsx` with one JSON argument. `onLine` sees each
 * complete stdout line as it arrives and may return a delay in ms after which the child gets
 * SIGKILL (0: at once).
 */
export function runChild(
  script: string,
  argument: unknown,
  onLine: (line: string) => number | undefined,
): Promise<ChildRun> {
  const scriptPath = fileURLToPath(new URL(`./fixtures/${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', scriptPath, JSON.stringify(argument)], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  let stderr = '';
  let killScheduled = false;
  const scheduleKill = (delay: number) => {
    if (killScheduled) return;
    killScheduled = true;
    if (delay <= 0) child.kill('SIGKILL');
    else setTimeout(() => child.kill('SIGKILL'), delay);
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      const delay = onLine(line);
      if (delay !== undefined) scheduleKill(delay);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // 'close' waits for stdout to drain, so every line printed before the kill is counted.
    child.on('close', (code, signal) => resolve({ lines, signal, code, stderr }));
  });
}
