/**
 * The side-by-side anchor of the photo transfer: `../shared/anchors/syncthing-transfer.py`
 * copies a folder between two Syncthing instances on loopback and prints JSON with `MBps`.
 * A user's clone has no `../shared`, and a machine may lack `syncthing`: then the reason is
 * returned in one line instead of a figure.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The anchor script, looked for in `../shared/anchors` of the repository (or of a worktree's parent). */
export function anchorScript(): string | undefined {
  return [
    join(repositoryRoot, '..', 'shared', 'anchors', 'syncthing-transfer.py'),
    join(repositoryRoot, '..', '..', 'shared', 'anchors', 'syncthing-transfer.py'),
  ].find((path) => existsSync(path));
}

/** Copies the given files into a fresh folder (the one Syncthing will send). */
export function photoFolderOf(files: string[]): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'samanvay-bench-syncthing-src-'));
  files.forEach((file, index) => copyFileSync(file, join(folder, `photo-${index}.jpg`)));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Syncthing's MB/s on `folder`, or why there is no figure. */
export async function syncthingMBps(
  folder: string,
): Promise<{ MBps: number } | { missing: string }> {
  const script = anchorScript();
  if (!script)
    return { missing: 'the anchor script ../shared/anchors/syncthing-transfer.py is not here' };
  try {
    const { stdout } = await promisify(execFile)('python3', [script, folder], {
      timeout: 900_000,
      maxBuffer: 1024 * 1024,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      MBps?: number;
      identical?: boolean;
    };
    if (typeof result.MBps !== 'number') return { missing: `the anchor printed ${stdout.trim()}` };
    if (result.MBps <= 0) return { missing: 'too few bytes for Syncthing to measure' };
    if (result.identical !== true) return { missing: 'Syncthing did not copy every file intact' };
    return { MBps: result.MBps };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n').slice(-2).join(' ') : '';
    return { missing: `the anchor failed (is syncthing installed?): ${detail}` };
  }
}

/** Peak resident memory of a process in MB (Linux /proc), or undefined elsewhere. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
