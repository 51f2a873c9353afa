/**
 * bench/cli: start-up of the built `samanvay` command, on a demo database made with the
 * fast KDF (`samanvay demo --kdf-fast`):
 * - `samanvay help` (budget ≤ 150 ms);
 * - `samanvay stats --json`, which starts the core worker and unlocks (budget ≤ 500 ms).
 * Each is the median of several runs; `node -e 0` is printed beside them, the floor any
 * command pays on this machine.
 * Usage: npm run bench -- bench/cli.ts [--runs N] [--cases N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli } from '../scripts/buildCli.mjs';
import { note, report } from './lib/budget';
import { percentile } from './lib/syncSetup';

const { values } = parseArgs({ options: { runs: { type: 'string' }, cases: { type: 'string' } } });
const runs = Number(values.runs ?? 9);
const cases = Number(values.cases ?? 300);
const bin = fileURLToPath(new URL('../bin/samanvay.mjs', import.meta.url));
const env = { ...process.env, SAMANVAY_PASSPHRASE: 'bench passphrase long enough' };

/** Runs a command once; its wall time in ms. Fails the bench when it fails. */
function timed(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

const median = (args: string[]) =>
  percentile(
    Array.from({ length: runs }, () => timed(args)),
    50,
  );

await buildCli();
const dir = mkdtempSync(join(tmpdir(), 'samanvay-bench-cli-'));
const db = join(dir, 'demo.db');
timed([bin, 'demo', '--db', db, '--kdf-fast', '--cases', String(cases), '--photos', '10']);

let ok = true;
note('node -e 0 (the floor)', median(['-e', '0']), 'ms');
ok = report('samanvay help', median([bin, 'help']), 'ms', { max: 150 }) && ok;
ok =
  report(
    'samanvay stats --json (unlock included)',
    median([bin, 'stats', '--db', db, '--json']),
    'ms',
    {
      max: 500,
    },
  ) && ok;
rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
